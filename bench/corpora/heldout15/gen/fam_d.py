"""Families: langgraph-bedrock-agent, glue-pythonshell-awswrangler."""
import json

from common import (hexs, alnum, lower, uuid, hms, day, ms, pick, build, reqid, frac)

# ---------------------------------------------------------------- langgraph-bedrock-agent
# A Python 3.12 Lambda (`support-agent`) running a LangGraph graph with langchain-aws
# ChatBedrockConverse, tools that read DynamoDB/S3 and a DynamoDB checkpointer. The function uses
# Lambda's JSON log format: application records `{"timestamp","level","message","logger",
# "requestId", extra fields…}` (with errorType/errorMessage/stackTrace when logged with exc_info),
# uncaught errors as `{"timestamp","log_level","errorMessage","errorType","requestId","stackTrace"}`,
# and platform records `{"time","type":"platform.*","record":{…}}`.
F1 = "langgraph-bedrock-agent"
ACCT = "111122223333"
SONNET = "us.anthropic.claude-sonnet-4-20250514-v1:0"
HAIKU = "anthropic.claude-3-5-haiku-20241022-v1:0"
SITE = "/var/task"


def pts(R):
    return "2027-11-%02dT%sZ" % (day(R), hms(R))


def ptime(R):
    return "2027-11-%02dT%s.%sZ" % (day(R), hms(R), ms(R))


def jl(d):
    return json.dumps(d, separators=(",", ":"))


def rec(R, level, msg, logger, **extra):
    d = {"timestamp": pts(R), "level": level, "message": msg, "logger": logger, "requestId": reqid(R)}
    d.update(extra)
    return jl(d)


def st(frames_):
    return ["  File \"%s\", line %d, in %s\n    %s\n" % f for f in frames_]


GRAPH_FRAMES = [
    (SITE + "/support_agent/handler.py", 61, "handler", "result = graph.invoke(state, config=config)"),
    (SITE + "/langgraph/pregel/__init__.py", 2142, "invoke", "for chunk in self.stream("),
    (SITE + "/langgraph/pregel/__init__.py", 1797, "stream", "for _ in runner.tick("),
    (SITE + "/langgraph/pregel/runner.py", 230, "tick", "run_with_retry("),
    (SITE + "/langgraph/pregel/retry.py", 40, "run_with_retry", "return task.proc.invoke(task.input, config)"),
]
BOTO_FRAMES = [
    (SITE + "/botocore/client.py", 569, "_api_call", "return self._make_api_call(operation_name, kwargs)"),
    (SITE + "/botocore/client.py", 1023, "_make_api_call", "raise error_class(parsed_response, operation_name)"),
]


def thread_id(R):
    return "t-%s" % lower(R, 12)


def g_throttled(R):
    return rec(R, "ERROR", "agent turn failed in node call_model", "support_agent.handler",
               thread_id=thread_id(R), model_id=SONNET, errorType="ThrottlingException",
               errorMessage="An error occurred (ThrottlingException) when calling the Converse operation (reached max retries: 4): Too many tokens, please wait before trying again.",
               stackTrace=st(GRAPH_FRAMES + [(SITE + "/support_agent/nodes.py", pick(R, [44, 44, 47]), "call_model", "response = llm.invoke(messages)"),
                                             (SITE + "/langchain_aws/chat_models/bedrock_converse.py", 628, "_generate", "response = self.client.converse(")] + BOTO_FRAMES))


def g_too_long(R):
    return rec(R, "ERROR", "summarize_thread failed for thread %s (%d messages)" % (thread_id(R), R.randint(60, 400)), "support_agent.nodes",
               model_id=SONNET, errorType="ValidationException",
               errorMessage="An error occurred (ValidationException) when calling the Converse operation: Input is too long for requested model.",
               stackTrace=st([(SITE + "/support_agent/nodes.py", pick(R, [112, 112, 118]), "summarize_thread", "summary = summarizer.invoke(history)"),
                              (SITE + "/langchain_aws/chat_models/bedrock_converse.py", 628, "_generate", "response = self.client.converse(")] + BOTO_FRAMES))


def g_recursion(R):
    d = {"timestamp": pts(R), "log_level": "ERROR",
         "errorMessage": "Recursion limit of 25 reached without hitting a stop condition. You can increase the limit by setting the `recursion_limit` config key.\nFor troubleshooting, visit: https://python.langchain.com/docs/troubleshooting/errors/GRAPH_RECURSION_LIMIT",
         "errorType": "GraphRecursionError", "requestId": reqid(R),
         "stackTrace": st(GRAPH_FRAMES[:3] + [(SITE + "/langgraph/pregel/loop.py", pick(R, [381, 381, 385]), "tick", "raise GraphRecursionError(")])}
    return jl(d)


def g_tool_ddb_denied(R):
    return rec(R, "ERROR", "tool lookup_order failed", "support_agent.tools", order_id="ORD-%d" % R.randint(1000000, 9999999),
               errorType="AccessDeniedException",
               errorMessage="An error occurred (AccessDeniedException) when calling the GetItem operation: User: arn:aws:sts::%s:assumed-role/support-agent-role/support-agent is not authorized to perform: dynamodb:GetItem on resource: arn:aws:dynamodb:us-east-1:%s:table/orders because no identity-based policy allows the dynamodb:GetItem action" % (ACCT, ACCT),
               stackTrace=st([(SITE + "/support_agent/tools.py", 29, "lookup_order", "item = table.get_item(Key={\"order_id\": order_id})[\"Item\"]"),
                              (SITE + "/boto3/resources/factory.py", 581, "do_action", "response = action(self, *args, **kwargs)")] + BOTO_FRAMES))


def g_haiku_denied(R):
    return rec(R, "ERROR", "route_intent failed, no route chosen", "support_agent.nodes", model_id=HAIKU, thread_id=thread_id(R),
               errorType="AccessDeniedException",
               errorMessage="An error occurred (AccessDeniedException) when calling the Converse operation: You don't have access to the model with the specified model ID.",
               stackTrace=st([(SITE + "/support_agent/nodes.py", 23, "route_intent", "choice = router_llm.with_structured_output(Route).invoke(messages)"),
                              (SITE + "/langchain_aws/chat_models/bedrock_converse.py", 628, "_generate", "response = self.client.converse(")] + BOTO_FRAMES))


def g_timeout(R):
    return jl({"time": ptime(R), "type": "platform.report", "record": {
        "requestId": reqid(R), "metrics": {"durationMs": 120000.0 + R.randint(0, 99) / 100.0, "billedDurationMs": 120000, "memorySizeMB": 1024,
                                           "maxMemoryUsedMB": R.randint(240, 420)}, "status": "timeout"}})


def g_parse_triage(R):
    pr = pick(R, ["urgent", "critical", "P1"])
    comp = "{\"priority\": \"%s\", \"category\": \"%s\", \"needs_human\": true}" % (pr, pick(R, ["billing", "shipping", "returns"]))
    return rec(R, "ERROR", "triage node could not parse model output", "support_agent.nodes", thread_id=thread_id(R),
               errorType="OutputParserException",
               errorMessage="Failed to parse TicketTriage from completion %s. Got: 1 validation error for TicketTriage\npriority\n  Input should be 'low', 'medium' or 'high' [type=literal_error, input_value='%s', input_type=str]\n    For further information visit https://errors.pydantic.dev/2.9/v/literal_error" % (comp, pr),
               stackTrace=st([(SITE + "/support_agent/nodes.py", 71, "triage", "triage = parser.invoke(raw)"),
                              (SITE + "/langchain_core/output_parsers/pydantic.py", 69, "parse_result", "raise OutputParserException(msg, llm_output=json_object)")]))


def g_checkpoint_size(R):
    return rec(R, "ERROR", "failed to persist checkpoint for thread %s (step %d)" % (thread_id(R), R.randint(3, 24)), "support_agent.checkpointer",
               errorType="ValidationException",
               errorMessage="An error occurred (ValidationException) when calling the PutItem operation: Item size has exceeded the maximum allowed size",
               stackTrace=st([(SITE + "/support_agent/checkpointer.py", 88, "put", "self.table.put_item(Item=item)"),
                              (SITE + "/boto3/resources/factory.py", 581, "do_action", "response = action(self, *args, **kwargs)")] + BOTO_FRAMES))


def n_platform(R):
    v = R.random()
    if v < 0.35:
        return jl({"time": ptime(R), "type": "platform.start", "record": {"requestId": reqid(R), "version": "$LATEST"}})
    if v < 0.8:
        d = R.uniform(900, 60000)
        return jl({"time": ptime(R), "type": "platform.report", "record": {"requestId": reqid(R), "metrics": {
            "durationMs": round(d, 3), "billedDurationMs": int(d) + 1, "memorySizeMB": 1024, "maxMemoryUsedMB": R.randint(180, 400)}, "status": "success"}})
    return jl({"time": ptime(R), "type": "platform.initStart", "record": {"initializationType": "on-demand", "phase": "init",
                                                                          "runtimeVersion": "python:3.12.v41", "runtimeVersionArn": "arn:aws:lambda:us-east-1::runtime:%s" % hexs(R, 64), "functionName": "support-agent", "functionVersion": "$LATEST"}})


def n_node_done(R):
    node = pick(R, ["call_model", "route_intent", "triage", "summarize_thread", "call_model"])
    return rec(R, "INFO", "node %s finished" % node, "support_agent.graph", thread_id=thread_id(R),
               model_id=HAIKU if node == "route_intent" else SONNET, input_tokens=R.randint(300, 40000), output_tokens=R.randint(20, 1500),
               stop_reason=pick(R, ["end_turn", "end_turn", "tool_use"]), latency_ms=R.randint(400, 14000))


def n_tool(R):
    return rec(R, "INFO", pick(R, [
        "tool lookup_order returned 1 item",
        "tool search_kb returned %d passages (top score %.2f)" % (R.randint(0, 8), R.uniform(0.2, 0.9)),
        "tool create_return_label succeeded for ORD-%d" % R.randint(1000000, 9999999),
        "conversation %s completed in %d steps (0 errors)" % (thread_id(R), R.randint(2, 9))]), pick(R, ["support_agent.tools", "support_agent.handler"]))


def n_warn(R):
    return rec(R, "WARNING", pick(R, [
        "Bedrock throttled, backing off %.1fs (attempt %d/4)" % (R.uniform(0.5, 6), R.randint(1, 3)),
        "guardrail gr-%s v3 intervened on output, returning the canned response" % lower(R, 12),
        "stop_reason=max_tokens for thread %s, answer truncated at 1024 tokens" % thread_id(R),
        "knowledge base returned no passages above 0.35 for query of %d chars, answering without context" % R.randint(20, 300),
        "checkpoint for thread %s is %d KB, close to the 400 KB item limit" % (thread_id(R), R.randint(300, 380))]), pick(R, ["support_agent.nodes", "support_agent.checkpointer"]))


def n_debug(R):
    return rec(R, "DEBUG", pick(R, [
        "Retry needed, retrying request after delay of: %.3f" % R.uniform(0.05, 4),
        "Event needs-retry.bedrock-runtime.Converse: calling handler <bound method RetryHandler.needs_retry of <botocore.retries.standard.RetryHandler object at 0x7f%s>>" % hexs(R, 10),
        "Not retrying request."]), pick(R, ["botocore.retries.standard", "botocore.hooks"]))


def langgraph_bedrock_agent(R):
    groups = [
        ("call-model-converse-throttled-max-retries", g_throttled),
        ("summarize-thread-input-too-long", g_too_long),
        ("graph-recursion-limit-25", g_recursion),
        ("lookup-order-tool-dynamodb-denied", g_tool_ddb_denied),
        ("route-intent-haiku-model-access-denied", g_haiku_denied),
        ("support-agent-invocation-timeout", g_timeout),
        ("triage-output-priority-literal-invalid", g_parse_triage),
        ("checkpoint-item-size-exceeded", g_checkpoint_size),
    ]
    return build(R, F1, groups, [n_platform, n_node_done, n_tool, n_warn, n_debug])


# ---------------------------------------------------------------- glue-pythonshell-awswrangler
# AWS Glue Python shell jobs (Python 3.9, analytics library set, extra modules via
# --additional-python-modules) using awswrangler, paramiko and redshift_connector. Their
# /aws-glue/python-jobs/output and /error streams hold the jobs' logging lines
# (`%(asctime)s %(levelname)s [%(name)s] %(message)s`), pip output, warnings and tracebacks.
F2 = "glue-pythonshell-awswrangler"
SP = "/usr/local/lib/python3.9/site-packages"
JOBS = ["ledger_export", "partner_feed_ingest", "kpi_rollup", "inventory_compaction"]


def gts(R):
    return "2027-11-%02d %s,%s" % (day(R), hms(R), ms(R))


def gl(R, level, name, msg):
    return "%s %s [%s] %s" % (gts(R), level, name, msg)


def script(R, job):
    return "/tmp/glue-python-scripts-%s/%s.py" % (lower(R, 8), job)


def ptb(frames_, last):
    out = ["Traceback (most recent call last):"]
    for f, ln, fn, code in frames_:
        out.append("  File \"%s\", line %d, in %s" % (f, ln, fn))
        out.append("    " + code)
    out.append(last)
    return "\n".join(out)


def qid(R):
    return uuid(R)


def g_athena_column(R):
    err = "COLUMN_NOT_FOUND: line 3:8: Column 'settled_at' cannot be resolved or requester is not authorized to access requested resources"
    if R.random() < 0.5:
        return gl(R, "ERROR", "ledger_export", "Athena query %s FAILED: %s" % (qid(R), err))
    return ptb([(script(R, "ledger_export"), 88, "<module>", "df = wr.athena.read_sql_query(SQL, database=\"finance\", ctas_approach=False)"),
                (SP + "/awswrangler/_config.py", 715, "wrapper", "return function(**args)"),
                (SP + "/awswrangler/athena/_read.py", 1057, "read_sql_query", "return _resolve_query_without_cache("),
                (SP + "/awswrangler/athena/_utils.py", 280, "_get_query_metadata", "raise exceptions.QueryFailed(msg)")],
               "awswrangler.exceptions.QueryFailed: " + err)


def g_sftp_auth(R):
    if R.random() < 0.45:
        return gl(R, "ERROR", "partner_feed_ingest", "SFTP login to sftp.partner-example.net:22 as acme_feed failed: Authentication failed. (key /tmp/partner-feed-ed25519, attempt %d/3)" % R.randint(1, 3))
    return ptb([(script(R, "partner_feed_ingest"), 41, "<module>", "sftp = connect(host, user, key_path)"),
                (script(R, "partner_feed_ingest").replace("partner_feed_ingest.py", "sftp_util.py"), 17, "connect", "client.connect(host, username=user, key_filename=key_path, timeout=30)"),
                (SP + "/paramiko/client.py", 485, "connect", "self._auth("),
                (SP + "/paramiko/client.py", 818, "_auth", "raise saved_exception"),
                (SP + "/paramiko/client.py", 705, "_auth", "self._transport.auth_publickey(username, key)"),
                (SP + "/paramiko/transport.py", 1635, "auth_publickey", "return self.auth_handler.wait_for_response(my_event)"),
                (SP + "/paramiko/auth_handler.py", 259, "wait_for_response", "raise e")],
               "paramiko.ssh_exception.AuthenticationException: Authentication failed.")


def g_glue_table(R):
    msg = "An error occurred (EntityNotFoundException) when calling the GetTable operation: Table kpi_daily_v2 not found."
    if R.random() < 0.4:
        return gl(R, "ERROR", "kpi_rollup", "cannot read analytics.kpi_daily_v2: " + msg)
    return ptb([(script(R, "kpi_rollup"), 52, "<module>", "cols = wr.catalog.get_table_types(database=\"analytics\", table=\"kpi_daily_v2\")"),
                (SP + "/awswrangler/_config.py", 715, "wrapper", "return function(**args)"),
                (SP + "/awswrangler/catalog/_get.py", 101, "get_table_types", "response = client_glue.get_table(**_catalog_id(catalog_id=catalog_id, DatabaseName=database, Name=table))"),
                (SP + "/botocore/client.py", 530, "_api_call", "return self._make_api_call(operation_name, kwargs)"),
                (SP + "/botocore/client.py", 964, "_make_api_call", "raise error_class(parsed_response, operation_name)")],
               "botocore.errorfactory.EntityNotFoundException: " + msg)


def g_memory(R):
    gib = R.uniform(2.5, 7.9)
    rows = R.randint(12000000, 48000000)
    return ptb([(script(R, "inventory_compaction"), 67, "<module>", "merged = pd.concat(frames, ignore_index=True)"),
                (SP + "/pandas/core/reshape/concat.py", 393, "concat", "return op.get_result()"),
                (SP + "/pandas/core/reshape/concat.py", 680, "get_result", "new_data = concatenate_managers("),
                (SP + "/pandas/core/internals/concat.py", 189, "concatenate_managers", "values = _concatenate_join_units(join_units, copy=copy)"),
                (SP + "/pandas/core/dtypes/concat.py", 87, "concat_compat", "return np.concatenate(to_concat, axis=axis)")],
               "numpy.core._exceptions._ArrayMemoryError: Unable to allocate %.2f GiB for an array with shape (%d, %d) and data type float64" % (gib, R.randint(8, 40), rows))


KEY = "3b9d1f27-6c4e-4a80-9d12-7e5f0a8c2b64"


def g_kms_denied(R):
    op = pick(R, ["PutObject", "CreateMultipartUpload", "PutObject"])
    msg = "An error occurred (AccessDenied) when calling the %s operation: User: arn:aws:sts::111122223333:assumed-role/glue-ledger-export/GlueJobRunnerSession is not authorized to perform: kms:GenerateDataKey on resource: arn:aws:kms:us-east-1:111122223333:key/%s because no identity-based policy allows the kms:GenerateDataKey action" % (op, KEY)
    if R.random() < 0.4:
        return gl(R, "ERROR", "ledger_export", "writing s3://finance-exports-111122223333/ledger/dt=2027-11-%02d/ failed: %s" % (day(R), msg))
    return ptb([(script(R, "ledger_export"), 104, "<module>", "wr.s3.to_parquet(df, path=OUT, dataset=True, mode=\"overwrite_partitions\", partition_cols=[\"dt\"])"),
                (SP + "/awswrangler/s3/_write_parquet.py", 607, "to_parquet", "return strategy.write("),
                (SP + "/awswrangler/s3/_fs.py", 275, "_upload_chunk", "response = _utils.try_it("),
                (SP + "/botocore/client.py", 964, "_make_api_call", "raise error_class(parsed_response, operation_name)")],
               "botocore.exceptions.ClientError: " + msg)


def g_arrow_decimal(R):
    val = pick(R, ["12,50", "3,99", "1.204,00", "0,75", "149,90"])
    last = "pyarrow.lib.ArrowInvalid: (\"Could not convert '%s' with type str: tried to convert to double\", 'Conversion failed for column amount with type object')" % val
    if R.random() < 0.4:
        return gl(R, "ERROR", "partner_feed_ingest", "file %s rejected: %s" % (pick(R, ["acme_orders_2027110%d.csv" % day(R), "acme_refunds_2027110%d.csv" % day(R)]), last.split(": ", 1)[1]))
    return ptb([(script(R, "partner_feed_ingest"), 77, "<module>", "wr.s3.to_parquet(df, path=STAGE, dtype={\"amount\": \"double\"})"),
                (SP + "/awswrangler/s3/_write_parquet.py", 590, "to_parquet", "schema = _data_types.pyarrow_schema_from_pandas("),
                (SP + "/pyarrow/pandas_compat.py", 624, "dataframe_to_arrays", "arrays = [convert_column(c, f)"),
                (SP + "/pyarrow/pandas_compat.py", 598, "convert_column", "raise e")], last)


def g_redshift_timeout(R):
    if R.random() < 0.4:
        return gl(R, "ERROR", "kpi_rollup", "could not connect to kpi-cluster.cq1exmpl2abc.us-east-1.redshift.amazonaws.com:5439 through Glue connection kpi-redshift after %ds" % pick(R, [60, 60, 120]))
    return ptb([(script(R, "kpi_rollup"), 118, "<module>", "con = wr.redshift.connect(\"kpi-redshift\", timeout=60)"),
                (SP + "/awswrangler/redshift/_connect.py", 134, "connect", "return redshift_connector.connect("),
                (SP + "/redshift_connector/__init__.py", 376, "connect", "return Connection("),
                (SP + "/redshift_connector/core.py", 689, "__init__", "raise InterfaceError(\"communication error\", e)")],
               "redshift_connector.error.InterfaceError: ('communication error', timeout('timed out'))")


def g_pip(R):
    if R.random() < 0.5:
        return "ERROR: Could not find a version that satisfies the requirement pyreadstat==1.2.99 (from versions: 1.2.%d, 1.2.7, 1.2.8)\nERROR: No matching distribution found for pyreadstat==1.2.99" % pick(R, [5, 6])
    return gl(R, "ERROR", "glue-launcher", "installing --additional-python-modules failed (pip exit code 1) for job %s, requirement pyreadstat==1.2.99" % pick(R, ["inventory_compaction", "inventory_compaction-backfill"]))


def n_progress(R):
    job = pick(R, JOBS)
    return gl(R, "INFO", job, pick(R, [
        "wrote %d parquet files (%s rows) to s3://finance-exports-111122223333/ledger/dt=2027-11-%02d/" % (R.randint(1, 40), "{:,}".format(R.randint(1000, 900000)), day(R)),
        "Athena query %s SUCCEEDED, scanned %.2f GB in %.1fs" % (qid(R), R.uniform(0.01, 9), R.uniform(1, 60)),
        "downloaded %d files from sftp.partner-example.net:/outbound (%d KB)" % (R.randint(0, 6), R.randint(1, 90000)),
        "compacted %d small objects into %d under s3://inventory-reports-111122223333/compacted/" % (R.randint(100, 9000), R.randint(1, 30)),
        "%s finished: %d files, 0 errors, %d rejected rows" % (job, R.randint(1, 9), R.randint(0, 0)),
        "loaded %d rows into analytics.kpi_daily via COPY" % R.randint(100, 90000)]))


def n_glue_warn(R):
    job = pick(R, JOBS)
    return gl(R, "WARNING", job, pick(R, [
        "SFTP listing attempt %d/3 timed out, retrying in 10s" % R.randint(1, 2),
        "Athena throttled StartQueryExecution (TooManyRequestsException), retrying in %.1fs" % R.uniform(1, 8),
        "partition dt=2027-11-%02d already exists, overwriting" % day(R),
        "%d rows with empty customer_id dropped (expected for test accounts)" % R.randint(1, 40)]))


def n_pip(R):
    v = R.random()
    if v < 0.35:
        return "Successfully installed %s" % " ".join(pick(R, [["pyreadstat-1.2.8", "awswrangler-3.9.1"], ["paramiko-3.4.1", "pynacl-1.5.0", "bcrypt-4.2.0"], ["redshift-connector-2.1.3", "scramp-1.4.5"]]) + ([("asn1crypto-1.5.%d" % R.randint(0, 1))] if R.random() < 0.5 else []))
    if v < 0.7:
        pkg, ver = pick(R, [("pandas", "1.5.3"), ("numpy", "1.26.4"), ("boto3", "1.35.%d" % R.randint(0, 60)), ("botocore", "1.35.%d" % R.randint(0, 60)), ("pyarrow", "16.1.0"), ("awswrangler", "3.9.1")])
        return "Requirement already satisfied: %s in %s (%s)" % (pkg, SP, ver)
    return "WARNING: Running pip as the 'root' user can result in broken permissions and conflicting behaviour with the system package manager. It is recommended to use a virtual environment instead: https://pip.pypa.io/warnings/venv\n[notice] A new release of pip is available: 23.0.1 -> 24.%d\n[notice] To update, run: pip install --upgrade pip" % R.randint(0, 3)


def n_pywarn(R):
    job = pick(R, JOBS)
    return pick(R, [
        lambda: "%s:%d: FutureWarning: Downcasting object dtype arrays on .fillna, .ffill, .bfill is deprecated and will change in a future version. Call result.infer_objects(copy=False) instead.\n  df = df.fillna(0)" % (script(R, job), R.randint(40, 140)),
        lambda: "%s:%d: SettingWithCopyWarning: \nA value is trying to be set on a copy of a slice from a DataFrame.\nTry using .loc[row_indexer,col_indexer] = value instead\n  df[\"amount\"] = df[\"amount\"].str.replace(\",\", \".\")" % (script(R, job), R.randint(40, 140)),
        lambda: "%s/paramiko/transport.py:%d: CryptographyDeprecationWarning: TripleDES has been moved to cryptography.hazmat.decrepit.ciphers.algorithms.TripleDES and will be removed from this module in 48.0.0.\n  \"cipher\": algorithms.TripleDES," % (SP, pick(R, [236, 259])),
    ])()


def n_creds(R):
    return gl(R, "INFO", pick(R, ["botocore.credentials", "awswrangler.athena._utils"]), pick(R, [
        "Found credentials in environment variables.",
        "Found credentials from IAM Role: %s" % pick(R, ["glue-ledger-export", "glue-partner-feed", "glue-kpi-rollup"]),
        "Query %s state QUEUED -> RUNNING" % qid(R)]))


def glue_pythonshell_awswrangler(R):
    groups = [
        ("ledger-export-athena-settled-at-missing", g_athena_column),
        ("partner-feed-sftp-auth-failed", g_sftp_auth),
        ("kpi-rollup-glue-table-v2-missing", g_glue_table),
        ("inventory-compaction-array-memory-error", g_memory),
        ("ledger-export-kms-generate-data-key-denied", g_kms_denied),
        ("partner-feed-decimal-comma-amount", g_arrow_decimal),
        ("kpi-rollup-redshift-connect-timeout", g_redshift_timeout),
        ("pyreadstat-version-not-on-index", g_pip),
    ]
    return build(R, F2, groups, [n_progress, n_glue_warn, n_pip, n_pywarn, n_creds])


FAMILIES = {F1: langgraph_bedrock_agent, F2: glue_pythonshell_awswrangler}
