import type { ParserServicesWithTypeInformation, TSESLint, TSESTree } from "@typescript-eslint/utils";
import type * as ts from "typescript";

import type { GrammyKind } from "./kinds";
import { isGrammyDeclarationPath } from "./sources";

type IntrinsicGetters = Record<
  "getAnyType" | "getNullType" | "getUndefinedType" | "getUnknownType" | "getVoidType",
  () => ts.Type
>;

const kindBySymbolName: ReadonlyMap<string, GrammyKind> = new Map([
  ["Bot", "Bot"],
  ["Api", "Api"],
  ["Composer", "Composer"],
  ["Context", "Context"],
  ["RunnerHandle", "RunnerHandle"],
  ["BotError", "BotError"],
  ["NextFunction", "Next"],
]);

/**
 * What the type checker says about grammY values, when the user's config gives type information.
 * Asked only where syntax has no answer; every answer is cached per node.
 */
export class TypedGrammy {
  private readonly checker: ts.TypeChecker;
  // ts.TypeFlags values differ between TypeScript versions (6.0 renumbered them: `undefined` went
  // from 32768 to 4), and this file never loads TypeScript itself (the plugin must not require it):
  // the flags are read off the checker's own intrinsic types.
  private readonly anyOrUnknown: number;
  private readonly nullish: number;
  private readonly kindCache = new Map<ts.Type, GrammyKind | null>();

  constructor(private readonly services: ParserServicesWithTypeInformation) {
    this.checker = services.program.getTypeChecker();
    const flagsOf = (getter: keyof IntrinsicGetters, before6: number): number => {
      // Older TypeScript (typescript-eslint supports >= 4.8.4) lacks some of these getters; its
      // flags are the pre-6.0 numbers.
      const get = (this.checker as Partial<IntrinsicGetters>)[getter];
      return typeof get === "function" ? get.call(this.checker).flags : before6;
    };
    this.anyOrUnknown = flagsOf("getAnyType", 1) | flagsOf("getUnknownType", 2);
    this.nullish = flagsOf("getUndefinedType", 32768) | flagsOf("getNullType", 65536) | flagsOf("getVoidType", 16384);
  }

  /** The grammY kind of an expression's type: `Bot`, `Context`, ... or undefined. */
  kindOf(node: TSESTree.Node): GrammyKind | undefined {
    if (this.callReturnsNoGrammyObject(node)) return undefined;
    const tsNode = this.services.esTreeNodeToTSNodeMap.get(node);
    return this.kindOfType(this.checker.getTypeAtLocation(tsNode), 0);
  }

  /**
   * For a call, awaited or not: whether the callee's own signatures show that its result is no
   * grammY object. The type of the call itself would need the call resolved, arguments and
   * callbacks checked; the callee's type does not. Generic signatures (the result depends on the
   * arguments) and `this` results are left to the full question.
   */
  private callReturnsNoGrammyObject(node: TSESTree.Node): boolean {
    const awaited = node.type === "AwaitExpression";
    const call = awaited ? node.argument : node;
    if (call.type !== "CallExpression") return false;
    const tsCall = this.services.esTreeNodeToTSNodeMap.get(call);
    const signatures = this.checker.getTypeAtLocation(tsCall.expression).getCallSignatures();
    if (signatures.length === 0) return false;
    const getAwaitedType = (this.checker as Partial<Pick<ts.TypeChecker, "getAwaitedType">>).getAwaitedType;
    return signatures.every((signature) => {
      if ((signature.getTypeParameters()?.length ?? 0) > 0) return false;
      let returned: ts.Type | undefined = this.checker.getReturnTypeOfSignature(signature);
      if (awaited) returned = typeof getAwaitedType === "function" ? getAwaitedType.call(this.checker, returned) : undefined;
      if (returned === undefined) return false;
      const parts = returned.isUnionOrIntersection() ? returned.types : [returned];
      return parts.every((part) => !part.isTypeParameter()) && this.kindOfType(returned, 0) === undefined;
    });
  }

  /** A key for the object an expression denotes (its symbol), to match `this.bot` with `this.bot`. */
  identityOf(node: TSESTree.Node): object | undefined {
    const tsNode = this.services.esTreeNodeToTSNodeMap.get(node);
    return this.checker.getSymbolAtLocation(tsNode);
  }

  /**
   * For a call: whether its declaration lives in grammY or a grammY plugin and its result is
   * thenable. Returns the declaring symbol's name, its container's name and its declaration file.
   */
  grammyThenableCall(
    call: TSESTree.CallExpression,
  ): { name: string; owner: string | undefined; fileName: string } | undefined {
    const tsNode = this.services.esTreeNodeToTSNodeMap.get(call);
    // Cheap answer first: the resolved signature is one of the callee's, so when every signature of
    // the callee's type is declared outside grammY, so is the call's. Resolving the call would also
    // check its arguments, callbacks and all (`npm run bench`: a third of the typed rule time).
    const calleeSignatures = this.checker.getTypeAtLocation(tsNode.expression).getCallSignatures();
    if (calleeSignatures.length > 0 && calleeSignatures.every((candidate) => !this.isGrammyDeclared(candidate))) {
      return undefined;
    }
    const signature = this.checker.getResolvedSignature(tsNode);
    const declaration = signature?.getDeclaration() as ts.Declaration | undefined;
    if (!signature || !declaration) return undefined;
    const fileName = declaration.getSourceFile().fileName;
    if (!isGrammyDeclarationPath(fileName)) return undefined;
    if (!this.isThenable(this.checker.getReturnTypeOfSignature(signature))) return undefined;
    const symbol = (declaration as { symbol?: ts.Symbol }).symbol;
    const parent = (symbol as { parent?: ts.Symbol } | undefined)?.parent;
    return { name: symbol?.getName() ?? "", owner: parent?.getName(), fileName };
  }

  /** Whether a signature is declared in grammY or a plugin; true when it has no declaration to tell. */
  private isGrammyDeclared(signature: ts.Signature): boolean {
    const declaration = signature.getDeclaration() as ts.Declaration | undefined;
    return declaration === undefined || isGrammyDeclarationPath(declaration.getSourceFile().fileName);
  }

  /**
   * Whether a call may return a promise, by its callee's signatures (no call resolution): false
   * only when the callee is typed and none of its signatures returns a thenable or `any`. Lets the
   * model skip following a function of the project that cannot pass a rejection on.
   */
  mayReturnThenable(call: TSESTree.CallExpression): boolean {
    const tsNode = this.services.esTreeNodeToTSNodeMap.get(call);
    const signatures = this.checker.getTypeAtLocation(tsNode.expression).getCallSignatures();
    if (signatures.length === 0) return true; // `any` or not callable as typed: syntax decides
    return signatures.some((signature) => {
      const returned = this.checker.getReturnTypeOfSignature(signature);
      return (returned.flags & this.anyOrUnknown) !== 0 || this.isThenable(returned);
    });
  }

  isThenable(type: ts.Type): boolean {
    const parts = type.isUnion() ? type.types : [type];
    return parts.some((part) => {
      const then = part.getProperty("then");
      return then !== undefined && this.checker.getTypeOfSymbol(then).getCallSignatures().length > 0;
    });
  }

  private kindOfType(type: ts.Type, depth: number): GrammyKind | undefined {
    const cached = this.kindCache.get(type);
    if (cached !== undefined) return cached ?? undefined;
    const kind = depth > 8 ? undefined : this.computeKind(type, depth);
    this.kindCache.set(type, kind ?? null);
    return kind;
  }

  private computeKind(type: ts.Type, depth: number): GrammyKind | undefined {
    if (type.flags & this.anyOrUnknown) return undefined;
    const alias = type.aliasSymbol;
    if (alias && this.isGrammySymbol(alias)) {
      const kind = kindBySymbolName.get(alias.getName());
      if (kind) return kind;
    }
    if (type.isUnion()) {
      // `Bot | undefined` is still a Bot where it is used; a union of different kinds is not one.
      const kinds = new Set(
        type.types.filter((part) => (part.flags & this.nullish) === 0).map((part) => this.kindOfType(part, depth + 1)),
      );
      const [only] = kinds;
      return kinds.size === 1 ? only : undefined;
    }
    if (type.isIntersection()) {
      // `Context & SessionFlavor<S>`: a context with extras.
      for (const part of type.types) {
        const kind = this.kindOfType(part, depth + 1);
        if (kind) return kind;
      }
      return undefined;
    }
    const symbol = type.getSymbol();
    if (symbol && this.isGrammySymbol(symbol)) {
      const kind = kindBySymbolName.get(symbol.getName());
      if (kind) return kind;
    }
    if (type.isClassOrInterface()) {
      // `class MyContext extends Context`, `class MyBot extends Bot<MyContext>`.
      for (const base of this.checker.getBaseTypes(type)) {
        const kind = this.kindOfType(base, depth + 1);
        if (kind) return kind;
      }
    }
    return undefined;
  }

  private isGrammySymbol(symbol: ts.Symbol): boolean {
    return (symbol.declarations ?? []).some((declaration) =>
      isGrammyDeclarationPath(declaration.getSourceFile().fileName),
    );
  }
}

/** The parser's type information, when the user's config provides it (never throws under espree). */
export function typeInformation(
  sourceCode: Readonly<TSESLint.SourceCode>,
): ParserServicesWithTypeInformation | undefined {
  const services = sourceCode.parserServices as Partial<ParserServicesWithTypeInformation> | undefined;
  if (!services?.program || !services.esTreeNodeToTSNodeMap) return undefined;
  return services as ParserServicesWithTypeInformation;
}
