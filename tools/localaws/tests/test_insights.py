"""The Logs Insights evaluator on its own: what real AWS would return for each query."""

from __future__ import annotations

import pytest

from localaws import insights

T0 = 1_700_000_000_000


def record(offset_s: int, message: str, group: str = "/app/api") -> insights.LogRecord:
    return insights.LogRecord(T0 + offset_s * 1000, T0 + offset_s * 1000, message, "stream-1", group, "111111111111", f"p{offset_s}")


RECORDS = [
    record(1, "INFO started"),
    record(2, "ERROR db timeout after 30s"),
    record(3, "Exception in thread main"),
    record(4, "request failed: 502"),
    record(5, "error: disk full"),
    record(6, '{"level": "ERROR", "msg": "boom"}', group="/app/worker"),
]
START, END = T0 // 1000, T0 // 1000 + 10


def values(result: insights.QueryResult, name: str) -> list[str]:
    return [f["value"] for row in result.rows for f in row if f["field"] == name]


def test_default_awsmon_query_keeps_only_matching_lines_newest_first() -> None:
    query = "fields @timestamp, @message, @logStream, @log | filter @message like /(?i)(error|fail|exception)/"
    result = insights.execute(query, RECORDS, START, END)
    assert values(result, "@message") == [
        '{"level": "ERROR", "msg": "boom"}',
        "error: disk full",
        "request failed: 502",
        "Exception in thread main",
        "ERROR db timeout after 30s",
    ]
    assert result.records_matched == 5 and result.records_scanned == 6
    assert values(result, "@log")[0] == "111111111111:/app/worker"
    assert values(result, "@timestamp")[-1] == "2023-11-14 22:13:22.000"
    assert all(any(f["field"] == "@ptr" for f in row) for row in result.rows)


def test_case_sensitive_regex_and_not_like() -> None:
    assert values(insights.execute("filter @message like /ERROR/", RECORDS, START, END), "@message") == [
        '{"level": "ERROR", "msg": "boom"}',
        "ERROR db timeout after 30s",
    ]
    kept = values(insights.execute("fields @message | filter @message not like /(?i)error/", RECORDS, START, END), "@message")
    assert kept == ["request failed: 502", "Exception in thread main", "INFO started"]


def test_sort_limit_and_time_range() -> None:
    result = insights.execute("fields @message | sort @timestamp asc | limit 2", RECORDS, START + 2, END)
    assert values(result, "@message") == ["ERROR db timeout after 30s", "Exception in thread main"]
    assert result.records_matched == 5


def test_stats_count_by_group_and_json_fields() -> None:
    result = insights.execute("filter @message like /(?i)error/ | stats count(*) as n by @log | sort n desc", RECORDS, START, END)
    assert [{f["field"]: f["value"] for f in row} for row in result.rows] == [
        {"@log": "111111111111:/app/api", "n": "2"},
        {"@log": "111111111111:/app/worker", "n": "1"},
    ]
    by_level = insights.execute('filter level = "ERROR" | stats count(*)', RECORDS, START, END)
    assert by_level.rows == [[{"field": "count(*)", "value": "1"}]]


def test_default_limit_is_ten_thousand_rows() -> None:
    many = [record(i % 9, f"error {i}") for i in range(10_050)]
    result = insights.execute("fields @message", many, START, END)
    assert len(result.rows) == 10_000 and result.records_matched == 10_050


@pytest.mark.parametrize(
    "query",
    ["parse @message 'a*b' as x", "filter @message like", "limit 0", "limit 10001", "fields", "stats avg(x)", "filter (@message like /a/"],
)
def test_unsupported_or_malformed_queries_are_rejected(query: str) -> None:
    with pytest.raises(insights.MalformedQuery):
        insights.execute(query, RECORDS, START, END)
