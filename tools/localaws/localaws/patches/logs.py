"""CloudWatch Logs Insights as AWS answers it, where moto does not (dev tooling, not production
code).

- Queries are evaluated by `localaws.insights` (filter, stats, sort, limit, fields, display):
  moto returned every line of the time range whatever the query said.
- `@timestamp` comes back as `YYYY-MM-DD HH:MM:SS.mmm` (moto: epoch milliseconds), `@log` as
  `account:group`, and `statistics` (recordsMatched, recordsScanned, bytesScanned) are set.
- A new query reports `Running` for its first `running_polls` GetQueryResults calls, so that
  clients exercise their polling as they must against AWS.
- StopQuery exists (moto lacks it): stopping a running query cancels it, stopping a finished one
  fails as AWS does.
- A malformed query fails StartQuery with MalformedQueryException.
"""

from __future__ import annotations

import json
from typing import Any

from moto.core.exceptions import JsonRESTError
from moto.core.utils import unix_time_millis
from moto.logs.models import LogsBackend
from moto.logs.responses import LogsResponse
from moto.moto_api._internal import mock_random

from .. import insights


class _Query:
    def __init__(self, query_id: str, result: insights.QueryResult, group_names: list[str], query: str, running_polls: int):
        self.query_id = query_id
        self.result = result
        self.log_group_names = group_names
        self.query = query
        self.polls_until_complete = running_polls
        self.status = "Running" if running_polls > 0 else "Complete"
        self.create_time = int(unix_time_millis())

    def to_json(self, log_group_name: str) -> dict[str, Any]:
        return {
            "queryId": self.query_id,
            "queryString": self.query,
            "status": self.status,
            "createTime": self.create_time,
            "logGroupName": log_group_name,
        }

    def to_result_json(self) -> dict[str, Any]:
        if self.status == "Running":
            self.polls_until_complete -= 1
            if self.polls_until_complete <= 0:
                self.status = "Complete"
            return {"results": [], "status": "Running", "statistics": _statistics(0, 0, 0)}
        results = self.result.rows if self.status == "Complete" else []
        return {
            "results": results,
            "status": self.status,
            "statistics": _statistics(self.result.records_matched, self.result.records_scanned, self.result.bytes_scanned),
        }


def _statistics(matched: int, scanned: int, scanned_bytes: int) -> dict[str, float]:
    return {"recordsMatched": float(matched), "recordsScanned": float(scanned), "bytesScanned": float(scanned_bytes)}


def install(running_polls: int = 1) -> None:
    def start_query(self: LogsBackend, log_group_names: list[str], start_time: int, end_time: int, query_string: str) -> str:
        for name in log_group_names:
            if name not in self.groups:
                raise JsonRESTError(
                    "ResourceNotFoundException",
                    f"Log group '{name}' does not exist for account ID '{self.account_id}'",
                )
        records = [
            insights.LogRecord(
                timestamp_ms=event.timestamp,
                ingestion_ms=event.ingestion_time,
                message=event.message,
                log_stream=stream.log_stream_name,
                log_group=name,
                account_id=self.account_id,
                ptr=f"{self.account_id}/{name}/{stream.log_stream_name}/{event.event_id}",
            )
            for name in log_group_names
            for stream in self.groups[name].streams.values()
            for event in stream.events
        ]
        try:
            result = insights.execute(query_string, records, start_time, end_time)
        except insights.MalformedQuery as err:
            raise JsonRESTError("MalformedQueryException", str(err)) from err
        query_id = str(mock_random.uuid4())
        self.queries[query_id] = _Query(query_id, result, log_group_names, query_string, running_polls)
        return query_id

    def get_query_results(self: LogsBackend, query_id: str) -> _Query:
        query = self.queries.get(query_id)
        if query is None:
            raise JsonRESTError("ResourceNotFoundException", f"Query {query_id} does not exist")
        return query

    def stop_query(self: LogsBackend, query_id: str) -> bool:
        query = self.queries.get(query_id)
        if query is None:
            raise JsonRESTError("ResourceNotFoundException", f"Query {query_id} does not exist")
        if query.status != "Running":
            raise JsonRESTError("InvalidParameterException", f"Query {query_id} is not running")
        query.status = "Cancelled"
        return True

    def stop_query_response(self: LogsResponse) -> str:
        return json.dumps({"success": self.logs_backend.stop_query(self._get_param("queryId"))})

    LogsBackend.start_query = start_query  # type: ignore[method-assign]
    LogsBackend.get_query_results = get_query_results  # type: ignore[method-assign]
    LogsBackend.stop_query = stop_query  # type: ignore[attr-defined]
    LogsResponse.stop_query = stop_query_response  # type: ignore[attr-defined]
