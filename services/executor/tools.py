"""Tools a model may call during a task: a safe calculator and document retrieval.

The calculator walks the `ast` of the expression and allows only numbers and
arithmetic: no names, calls or attributes, so model-produced text can never run code.
Exponents and sizes are bounded so `9**9**9` cannot pin a CPU. Retrieval is a protocol
with an in-memory implementation; a vector store plugs in behind the same interface.
"""

from __future__ import annotations

import ast
import json
import operator
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from services.executor.adapters.base import ToolSpec

MAX_EXPRESSION_CHARS = 200
_MAX_EXPONENT = 64
_MAX_MAGNITUDE = 1e100
_BINARY: dict[type[ast.operator], Callable[[Any, Any], Any]] = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.Div: operator.truediv,
    ast.FloorDiv: operator.floordiv,
    ast.Mod: operator.mod,
    ast.Pow: operator.pow,
}
_UNARY: dict[type[ast.unaryop], Callable[[Any], Any]] = {
    ast.UAdd: operator.pos,
    ast.USub: operator.neg,
}


class ToolError(ValueError):
    """A tool could not run on these arguments; the message goes back to the model."""


def _eval(node: ast.AST) -> float | int:
    if isinstance(node, ast.Expression):
        return _eval(node.body)
    if isinstance(node, ast.Constant) and type(node.value) in (int, float):
        value: float | int = node.value  # type: ignore[assignment]
        return value
    if isinstance(node, ast.UnaryOp) and type(node.op) in _UNARY:
        return _UNARY[type(node.op)](_eval(node.operand))  # type: ignore[no-any-return]
    if isinstance(node, ast.BinOp) and type(node.op) in _BINARY:
        left, right = _eval(node.left), _eval(node.right)
        if isinstance(node.op, ast.Pow) and abs(right) > _MAX_EXPONENT:
            raise ToolError(f"exponent {right} is too large")
        try:
            value = _BINARY[type(node.op)](left, right)
        except ZeroDivisionError:
            raise ToolError("division by zero") from None
        if isinstance(value, complex) or abs(value) > _MAX_MAGNITUDE:
            raise ToolError("result out of range")
        return value
    raise ToolError(f"not allowed in an expression: {type(node).__name__}")


def calculate(expression: str) -> float | int:
    """Evaluate arithmetic (+ - * / // % ** and `^` as power, parentheses) safely.

    Raises:
        ToolError: anything but arithmetic, a syntax error, or an out-of-range value.
    """
    if len(expression) > MAX_EXPRESSION_CHARS:
        raise ToolError(f"expression longer than {MAX_EXPRESSION_CHARS} characters")
    try:
        tree = ast.parse(expression.replace("^", "**").strip(), mode="eval")
    except SyntaxError:
        raise ToolError(f"not an arithmetic expression: {expression!r}") from None
    return _eval(tree)


class Tool(Protocol):
    """Something a model can call: a spec to offer, and `run` on its JSON arguments."""

    spec: ToolSpec

    async def run(self, arguments: Mapping[str, Any]) -> str:
        """The result as text for the model. Raises ToolError for bad arguments."""
        ...


class Calculator:
    """The `calculator` tool."""

    spec = ToolSpec(
        name="calculator",
        description="Evaluate an arithmetic expression exactly, e.g. '12 * (3 + 4)'.",
        parameters={
            "type": "object",
            "properties": {"expression": {"type": "string"}},
            "required": ["expression"],
        },
    )

    async def run(self, arguments: Mapping[str, Any]) -> str:
        """Evaluate `arguments["expression"]`."""
        expr = arguments.get("expression")
        if not isinstance(expr, str):
            raise ToolError("argument 'expression' (a string) is required")
        value = calculate(expr)
        if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
            value = int(value)
        return str(value)


@dataclass(frozen=True)
class Document:
    """A retrievable passage."""

    doc_id: str
    text: str


class Retriever(Protocol):
    """Finds the passages most relevant to a query."""

    async def search(self, query: str, k: int) -> Sequence[Document]:
        """Up to `k` documents, best first."""
        ...


_WORD = re.compile(r"\w+")


class InMemoryRetriever:
    """Ranks documents by shared words with the query: enough for tests and demos."""

    def __init__(self, documents: Sequence[Document]) -> None:
        self._docs = [(d, set(_WORD.findall(d.text.lower()))) for d in documents]

    async def search(self, query: str, k: int) -> Sequence[Document]:
        """Documents sharing the most words with `query` (none if no word is shared)."""
        words = set(_WORD.findall(query.lower()))
        scored = [(len(words & vocab), i, d) for i, (d, vocab) in enumerate(self._docs)]
        scored = [s for s in scored if s[0] > 0]
        scored.sort(key=lambda s: (-s[0], s[1]))
        return [d for _, _, d in scored[:k]]


class RetrievalTool:
    """The `retrieval` tool over any `Retriever`."""

    spec = ToolSpec(
        name="retrieval",
        description="Search the knowledge base; returns the most relevant passages.",
        parameters={
            "type": "object",
            "properties": {"query": {"type": "string"}, "k": {"type": "integer"}},
            "required": ["query"],
        },
    )

    def __init__(self, retriever: Retriever) -> None:
        self._retriever = retriever

    async def run(self, arguments: Mapping[str, Any]) -> str:
        """JSON list of `{doc_id, text}`."""
        query = arguments.get("query")
        if not isinstance(query, str) or not query:
            raise ToolError("argument 'query' (a non-empty string) is required")
        k = arguments.get("k", 3)
        k = k if isinstance(k, int) and 0 < k <= 20 else 3
        docs = await self._retriever.search(query, k)
        return json.dumps([{"doc_id": d.doc_id, "text": d.text} for d in docs])


def default_tools() -> dict[str, Tool]:
    """The tools every executor has unless told otherwise."""
    return {"calculator": Calculator()}
