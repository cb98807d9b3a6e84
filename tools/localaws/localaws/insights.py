"""A CloudWatch Logs Insights evaluator for local AWS (dev tooling, not production code).

moto's own Logs Insights ignores `filter` and `stats` and returns every line, which would let
the agent's tests pass while real AWS returned something else. This module evaluates the subset
of the query language awsmon relies on, the way real AWS answers it:

    fields f1, f2         keep these fields (plus @ptr)
    display f1, f2        same, applied at the end
    filter <expr>         expr: `f like /re/flags`, `f like "text"`, `f not like ...`, `f =~ /re/`,
                          `f = v`, `f != v`, `<`, `<=`, `>`, `>=`, `and`, `or`, `not`, ( )
    sort f [asc|desc], g  default order (no sort): @timestamp descending
    limit N               default and maximum 10,000 rows
    stats count(*) [as a], count(f), min(f), max(f) [by f1, f2]

Anything else is rejected with MalformedQueryException, as real AWS rejects bad syntax: a query
that local AWS silently misread would make a test lie. Messages that are JSON objects expose
their (flattened) keys as fields, like Insights' field discovery.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any, Callable, Iterable

MAX_ROWS = 10_000


class MalformedQuery(ValueError):
    """The query string is not valid for this evaluator (AWS: MalformedQueryException)."""


@dataclass(frozen=True)
class LogRecord:
    """One log event as Insights sees it."""

    timestamp_ms: int
    ingestion_ms: int
    message: str
    log_stream: str
    log_group: str
    account_id: str
    ptr: str

    def field(self, name: str) -> Any:
        if name == "@timestamp":
            return self.timestamp_ms
        if name == "@message":
            return self.message
        if name == "@logStream":
            return self.log_stream
        if name == "@log":
            return f"{self.account_id}:{self.log_group}"
        if name == "@ingestionTime":
            return self.ingestion_ms
        if name == "@ptr":
            return self.ptr
        return _discovered_fields(self.message).get(name)


def _discovered_fields(message: str) -> dict[str, Any]:
    text = message.strip()
    if not text.startswith("{"):
        return {}
    try:
        value = json.loads(text)
    except ValueError:
        return {}
    flat: dict[str, Any] = {}

    def walk(node: Any, prefix: str) -> None:
        if isinstance(node, dict):
            for key, child in node.items():
                walk(child, f"{prefix}.{key}" if prefix else str(key))
        elif prefix:
            flat[prefix] = node

    walk(value, "")
    return flat


# ---------------------------------------------------------------------------------------------
# Tokens


_TOKEN = re.compile(
    r"""
    \s*(?:
      (?P<regex>/(?:\\.|[^/\\])*/[a-z]*)
    | (?P<string>"(?:\\.|[^"\\])*"|'(?:\\.|[^'\\])*')
    | (?P<number>-?\d+(?:\.\d+)?)
    | (?P<op>=~|!=|<=|>=|=|<|>|\(|\)|,|\*)
    | (?P<word>[@A-Za-z_][\w.@-]*)
    )""",
    re.VERBOSE,
)


@dataclass
class Token:
    kind: str
    text: str


def _tokenize(text: str) -> list[Token]:
    tokens: list[Token] = []
    pos = 0
    text = text.rstrip()
    while pos < len(text):
        match = _TOKEN.match(text, pos)
        if not match or match.end() == pos:
            raise MalformedQuery(f"unexpected character at {pos}: {text[pos:pos + 20]!r}")
        kind = match.lastgroup or ""
        tokens.append(Token(kind, match.group(kind)))
        pos = match.end()
    return tokens


def _split_commands(query: str) -> list[str]:
    """Split on `|` outside regex literals and strings."""
    parts: list[str] = []
    current: list[str] = []
    quote: str | None = None
    i = 0
    while i < len(query):
        ch = query[i]
        if quote:
            current.append(ch)
            if ch == "\\" and i + 1 < len(query):
                current.append(query[i + 1])
                i += 1
            elif ch == quote:
                quote = None
        elif ch in "\"'/":
            quote = ch
            current.append(ch)
        elif ch == "|":
            parts.append("".join(current).strip())
            current = []
        else:
            current.append(ch)
        i += 1
    if quote:
        raise MalformedQuery(f"unterminated {quote} in query")
    parts.append("".join(current).strip())
    if any(not part for part in parts):
        raise MalformedQuery("empty command between pipes")
    return parts


# ---------------------------------------------------------------------------------------------
# Filter expressions


Predicate = Callable[[LogRecord], bool]


def _regex(literal: str) -> re.Pattern[str]:
    body, _, flags = literal[1:].rpartition("/")
    re_flags = 0
    for flag in flags:
        if flag == "i":
            re_flags |= re.IGNORECASE
        else:
            raise MalformedQuery(f"unsupported regex flag {flag!r}")
    try:
        return re.compile(body, re_flags)
    except re.error as err:
        raise MalformedQuery(f"invalid regex {literal}: {err}") from err


def _literal(token: Token) -> Any:
    if token.kind == "string":
        return bytes(token.text[1:-1], "utf-8").decode("unicode_escape")
    if token.kind == "number":
        return float(token.text) if "." in token.text else int(token.text)
    raise MalformedQuery(f"expected a value, found {token.text!r}")


def _as_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _compare(left: Any, op: str, right: Any) -> bool:
    if left is None:
        return op == "!="
    if isinstance(right, (int, float)) and not isinstance(left, (int, float)):
        try:
            left = float(left)
        except (TypeError, ValueError):
            return op == "!="
    elif isinstance(right, str):
        left = _as_text(left)
    if op == "=":
        return left == right
    if op == "!=":
        return left != right
    try:
        return {"<": left < right, "<=": left <= right, ">": left > right, ">=": left >= right}[op]
    except TypeError:
        return False


class _FilterParser:
    def __init__(self, tokens: list[Token]):
        self.tokens = tokens
        self.pos = 0

    def parse(self) -> Predicate:
        predicate = self._or()
        if self.pos != len(self.tokens):
            raise MalformedQuery(f"unexpected {self.tokens[self.pos].text!r} in filter")
        return predicate

    def _peek_word(self, *words: str) -> bool:
        return (
            self.pos < len(self.tokens)
            and self.tokens[self.pos].kind == "word"
            and self.tokens[self.pos].text.lower() in words
        )

    def _next(self) -> Token:
        if self.pos >= len(self.tokens):
            raise MalformedQuery("filter ends too early")
        token = self.tokens[self.pos]
        self.pos += 1
        return token

    def _or(self) -> Predicate:
        left = self._and()
        while self._peek_word("or"):
            self.pos += 1
            right = self._and()
            left = (lambda a, b: lambda r: a(r) or b(r))(left, right)
        return left

    def _and(self) -> Predicate:
        left = self._not()
        while self._peek_word("and"):
            self.pos += 1
            right = self._not()
            left = (lambda a, b: lambda r: a(r) and b(r))(left, right)
        return left

    def _not(self) -> Predicate:
        if self._peek_word("not"):
            self.pos += 1
            inner = self._not()
            return lambda r: not inner(r)
        return self._atom()

    def _atom(self) -> Predicate:
        token = self._next()
        if token.kind == "op" and token.text == "(":
            inner = self._or()
            closing = self._next()
            if closing.text != ")":
                raise MalformedQuery("missing ) in filter")
            return inner
        if token.kind != "word":
            raise MalformedQuery(f"expected a field name in filter, found {token.text!r}")
        name = token.text
        negate = False
        if self._peek_word("not"):
            self.pos += 1
            negate = True
        op = self._next()
        if op.kind == "word" and op.text.lower() == "like" or op.text == "=~":
            pattern = self._next()
            if pattern.kind == "regex":
                regex = _regex(pattern.text)
                test: Predicate = lambda r: regex.search(_as_text(r.field(name))) is not None
            elif pattern.kind == "string" and op.text.lower() == "like":
                needle = _literal(pattern)
                test = lambda r: needle in _as_text(r.field(name))
            else:
                raise MalformedQuery(f"expected /regex/ or \"text\" after {op.text}")
            return (lambda r: not test(r)) if negate else test
        if negate:
            raise MalformedQuery("`not` must be followed by `like`")
        if op.kind == "op" and op.text in ("=", "!=", "<", "<=", ">", ">="):
            value = _literal(self._next())
            return lambda r: _compare(r.field(name), op.text, value)
        raise MalformedQuery(f"unsupported filter operator {op.text!r}")


# ---------------------------------------------------------------------------------------------
# Commands


@dataclass
class _Aggregate:
    function: str  # count, min, max
    argument: str  # "*" or a field
    name: str


@dataclass
class ParsedQuery:
    fields: list[str] | None = None
    display: list[str] | None = None
    filters: list[Predicate] = field(default_factory=list)
    sort: list[tuple[str, bool]] = field(default_factory=list)  # (field, descending)
    limit: int = MAX_ROWS
    stats: list[_Aggregate] | None = None
    group_by: list[str] = field(default_factory=list)


def _field_list(tokens: list[Token], command: str) -> list[str]:
    names: list[str] = []
    expect_name = True
    for token in tokens:
        if expect_name and token.kind == "word":
            names.append(token.text)
            expect_name = False
        elif not expect_name and token.text == ",":
            expect_name = True
        else:
            raise MalformedQuery(f"unexpected {token.text!r} in {command}")
    if expect_name:
        raise MalformedQuery(f"{command} needs a list of fields")
    return names


def _parse_stats(tokens: list[Token], query: ParsedQuery) -> None:
    by_index = next(
        (i for i, t in enumerate(tokens) if t.kind == "word" and t.text.lower() == "by"), None
    )
    agg_tokens = tokens if by_index is None else tokens[:by_index]
    if by_index is not None:
        query.group_by = _field_list(tokens[by_index + 1 :], "stats ... by")
    aggregates: list[_Aggregate] = []
    i = 0
    while i < len(agg_tokens):
        try:
            fn, lparen, arg, rparen = agg_tokens[i : i + 4]
        except ValueError:
            raise MalformedQuery("stats expects function(argument)") from None
        if fn.text.lower() not in ("count", "min", "max") or lparen.text != "(" or rparen.text != ")":
            raise MalformedQuery(f"unsupported stats function {fn.text!r}")
        if arg.text == "*" and fn.text.lower() != "count":
            raise MalformedQuery(f"{fn.text}(*) is not valid")
        name = f"{fn.text}({arg.text})"
        i += 4
        if i < len(agg_tokens) and agg_tokens[i].kind == "word" and agg_tokens[i].text.lower() == "as":
            if i + 1 >= len(agg_tokens):
                raise MalformedQuery("stats: `as` needs a name")
            name = agg_tokens[i + 1].text
            i += 2
        aggregates.append(_Aggregate(fn.text.lower(), arg.text, name))
        if i < len(agg_tokens):
            if agg_tokens[i].text != ",":
                raise MalformedQuery(f"unexpected {agg_tokens[i].text!r} in stats")
            i += 1
    if not aggregates:
        raise MalformedQuery("stats needs at least one function")
    query.stats = aggregates


def parse_query(text: str) -> ParsedQuery:
    query = ParsedQuery()
    for command_text in _split_commands(text):
        keyword, _, rest = command_text.partition(" ")
        keyword = keyword.strip().lower()
        tokens = _tokenize(rest)
        if query.stats is not None and keyword not in ("sort", "limit", "display"):
            raise MalformedQuery(f"{keyword} after stats is not supported here")
        if keyword == "fields":
            query.fields = (query.fields or []) + _field_list(tokens, "fields")
        elif keyword == "display":
            query.display = _field_list(tokens, "display")
        elif keyword == "filter":
            query.filters.append(_FilterParser(tokens).parse())
        elif keyword == "sort":
            query.sort = _parse_sort(tokens)
        elif keyword == "limit":
            if len(tokens) != 1 or tokens[0].kind != "number" or int(tokens[0].text) < 1:
                raise MalformedQuery("limit needs a positive whole number")
            if int(tokens[0].text) > MAX_ROWS:
                raise MalformedQuery(f"limit must be at most {MAX_ROWS}")
            query.limit = int(tokens[0].text)
        elif keyword == "stats":
            _parse_stats(tokens, query)
        else:
            raise MalformedQuery(f"unsupported command {keyword!r}")
    return query


def _parse_sort(tokens: list[Token]) -> list[tuple[str, bool]]:
    keys: list[tuple[str, bool]] = []
    i = 0
    while i < len(tokens):
        if tokens[i].kind != "word":
            raise MalformedQuery(f"unexpected {tokens[i].text!r} in sort")
        name, descending = tokens[i].text, False
        i += 1
        if i < len(tokens) and tokens[i].kind == "word" and tokens[i].text.lower() in ("asc", "desc"):
            descending = tokens[i].text.lower() == "desc"
            i += 1
        keys.append((name, descending))
        if i < len(tokens):
            if tokens[i].text != ",":
                raise MalformedQuery(f"unexpected {tokens[i].text!r} in sort")
            i += 1
    if not keys:
        raise MalformedQuery("sort needs a field")
    return keys


# ---------------------------------------------------------------------------------------------
# Evaluation


@dataclass
class QueryResult:
    rows: list[list[dict[str, str]]]
    records_matched: int
    records_scanned: int
    bytes_scanned: int


def format_timestamp(epoch_ms: int) -> str:
    """`@timestamp` as real AWS returns it: `2024-01-31 12:00:00.123` (UTC)."""
    moment = datetime.fromtimestamp(epoch_ms / 1000, tz=timezone.utc)
    return moment.strftime("%Y-%m-%d %H:%M:%S.") + f"{epoch_ms % 1000:03d}"


def _render(name: str, value: Any) -> str:
    if name in ("@timestamp", "@ingestionTime") and isinstance(value, int):
        return format_timestamp(value)
    if isinstance(value, (dict, list)):
        return json.dumps(value)
    return _as_text(value)


def _sort_key(value: Any) -> tuple[int, Any]:
    if value is None:
        return (0, 0)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return (1, value)
    return (2, _as_text(value))


def _sorted(rows: list[dict[str, Any]], keys: list[tuple[str, bool]]) -> list[dict[str, Any]]:
    for name, descending in reversed(keys):
        rows.sort(key=lambda row: _sort_key(row.get(name)), reverse=descending)
    return rows


def execute(query_text: str, records: Iterable[LogRecord], start_s: int, end_s: int) -> QueryResult:
    """Run `query_text` over `records` whose timestamp lies in [start_s, end_s] seconds."""
    query = parse_query(query_text)
    scanned = [r for r in records if start_s * 1000 <= r.timestamp_ms <= end_s * 1000]
    matched = [r for r in scanned if all(p(r) for p in query.filters)]
    bytes_scanned = sum(len(r.message.encode()) for r in scanned)

    if query.stats is not None:
        rows = _aggregate(query, matched)
        if query.sort:
            rows = _sorted(rows, query.sort)
    else:
        names = query.fields or ["@timestamp", "@message", "@logStream", "@log"]
        rows = []
        for record in matched:
            row = {name: record.field(name) for name in names}
            row["@timestamp_sort"] = record.timestamp_ms
            row["@ptr"] = record.ptr
            rows.append(row)
        if query.sort:
            for name, _ in query.sort:
                if name not in names:
                    for row, record in zip(rows, matched):
                        row[name] = record.field(name)
            rows = _sorted(rows, query.sort)
        else:
            rows.sort(key=lambda row: row["@timestamp_sort"], reverse=True)
        keep = set(names) | {"@ptr"}
        rows = [{k: v for k, v in row.items() if k in keep} for row in rows]

    rows = rows[: query.limit]
    if query.display:
        rows = [{k: row.get(k) for k in query.display} for row in rows]
    rendered = [
        [{"field": name, "value": _render(name, value)} for name, value in row.items() if value is not None]
        for row in rows
    ]
    return QueryResult(rendered, len(matched), len(scanned), bytes_scanned)


def _aggregate(query: ParsedQuery, records: list[LogRecord]) -> list[dict[str, Any]]:
    assert query.stats is not None
    groups: dict[tuple[Any, ...], list[LogRecord]] = {}
    for record in records:
        key = tuple(record.field(name) for name in query.group_by)
        groups.setdefault(key, []).append(record)
    if not query.group_by and not groups:
        groups[()] = []
    rows: list[dict[str, Any]] = []
    for key, members in groups.items():
        row: dict[str, Any] = dict(zip(query.group_by, key))
        for agg in query.stats:
            values = [m.field(agg.argument) for m in members] if agg.argument != "*" else members
            present = [v for v in values if v is not None]
            if agg.function == "count":
                row[agg.name] = len(present)
            elif present:
                row[agg.name] = (min if agg.function == "min" else max)(present, key=_sort_key)
        rows.append(row)
    return rows
