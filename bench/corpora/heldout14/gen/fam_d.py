"""Families: awswrangler-athena-pandas, scrapy-fargate-crawlers."""
import json

from common import (hexs, alnum, lower, upper, digits, uuid, ip10, pick, jd, build, epoch, iso, iso_at, pyts,
                    ACCT_DATA, REGION, reqid, lambda_report, lambda_start, lambda_end, lambda_init_start, py_line,
                    py_unhandled, py_traceback)

# ---------------------------------------------------------------- awswrangler-athena-pandas
# Data jobs of an analytics account: Python 3.12 ECS scheduled tasks (stdlib logging
# "%(asctime)s %(levelname)s [%(name)s] %(message)s", tracebacks in the same event) and Python Lambda
# functions (text log format) using AWS SDK for pandas (awswrangler 3.x), pyarrow, Athena and the Glue
# Data Catalog; Iceberg tables for inventory.
F1 = "awswrangler-athena-pandas"

SITE = "/usr/local/lib/python3.12/site-packages"
LSITE = "/opt/python"  # the AWS SDK for pandas Lambda layer


def lg(R, level, name, msg):
    return "%s %s [%s] %s" % (pyts(R), level, name, msg)


def qid(R):
    return uuid(R)


def athena_suffix(R, db):
    return ' This query ran against the "%s" database, unless qualified by the query. Please post the error message on our forum  or contact customer support  with Query Id: %s' % (db, qid(R))


def wr_read_frames(site, job, ln, call):
    return [("/app/jobs/%s.py" % job if site == SITE else "/var/task/%s.py" % job, ln, "run", call),
            ("%s/awswrangler/_config.py" % site, 712, "wrapper", "return function(**args)"),
            ("%s/awswrangler/athena/_read.py" % site, 1089, "read_sql_query", "return _resolve_query_without_cache("),
            ("%s/awswrangler/athena/_read.py" % site, 509, "_resolve_query_without_cache", "return _resolve_query_without_cache_regular("),
            ("%s/awswrangler/athena/_read.py" % site, 447, "_resolve_query_without_cache_regular", "query_metadata: _QueryMetadata = _get_query_metadata("),
            ("%s/awswrangler/athena/_utils.py" % site, 1011, "wait_query", 'raise exceptions.QueryFailed(response["Status"].get("StateChangeReason"))')]


def g_hive_bad_data(R):
    field = pick(R, [3, 3, 7])
    reason = "HIVE_BAD_DATA: Error parsing field value '%s' for field %d: For input string: \"%s\"" % (pick(R, ["", "n/a", "12,50"]), field, pick(R, ["", "n/a", "12,50"]))
    head = lg(R, "ERROR", "jobs.revenue_rollup", "daily revenue rollup for %s failed" % ("2027-10-0%d" % R.randint(3, 8)))
    return head + "\n" + py_traceback(wr_read_frames(SITE, "revenue_rollup", pick(R, [58, 58, 61]), 'df = wr.athena.read_sql_query(SQL, database="analytics", ctas_approach=False, params={"day": day})'),
                                      "awswrangler.exceptions.QueryFailed: " + reason + athena_suffix(R, "analytics"))


def g_arrow_invalid(R):
    val = pick(R, ["12,50", "1.204,00", "9,99", "0,45", "€3,10"])
    last = "pyarrow.lib.ArrowInvalid: (\"Could not convert '%s' with type str: tried to convert to double\", 'Conversion failed for column unit_price with type object')" % val
    frames = [("/var/task/partner_feed.py", pick(R, [74, 74, 77]), "handler", 'wr.s3.to_parquet(df, path=DEST, dataset=True, mode="append", database="partners", table="price_feed", dtype={"unit_price": "double"})'),
              ("%s/awswrangler/_config.py" % LSITE, 712, "wrapper", "return function(**args)"),
              ("%s/awswrangler/s3/_write_parquet.py" % LSITE, 609, "to_parquet", "return strategy.write("),
              ("%s/awswrangler/_data_types.py" % LSITE, 623, "pyarrow_table_from_pandas", "return pa.Table.from_pandas(df=df, schema=schema, nthreads=nthreads, preserve_index=preserve_index, safe=True)"),
              ("pyarrow/table.pxi", 4623, "pyarrow.lib.Table.from_pandas", ""),
              ("pyarrow/error.pxi", 92, "pyarrow.lib.check_status", "")]
    if R.random() < 0.5:
        out = py_unhandled(R, "ArrowInvalid", "(\"Could not convert '%s' with type str: tried to convert to double\", 'Conversion failed for column unit_price with type object')" % val, [f for f in frames if f[3]])
        return out
    return py_line(R, "ERROR", "partner feed %s from %s rejected\n" % (uuid(R)[:8], pick(R, ["acme-tools", "noord-staal", "lumen-optics"])) + py_traceback(frames, last))


def g_glue_missing(R):
    head = lg(R, "ERROR", "jobs.sessionize", "sessionize run %s aborted" % uuid(R)[:8])
    return head + "\n" + py_traceback([
        ("/app/jobs/sessionize.py", pick(R, [33, 33, 35]), "run", 'cols = wr.catalog.get_table_types(database="web", table="clickstream_daily")'),
        ("%s/awswrangler/_config.py" % SITE, 712, "wrapper", "return function(**args)"),
        ("%s/awswrangler/catalog/_get.py" % SITE, 186, "get_table_types", "response = client_glue.get_table(**_catalog_id(catalog_id=catalog_id, DatabaseName=database, Name=table))"),
        ("%s/botocore/client.py" % SITE, 569, "_api_call", "return self._make_api_call(operation_name, kwargs)"),
        ("%s/botocore/client.py" % SITE, 1023, "_make_api_call", "raise error_class(parsed_response, operation_name)")],
        "botocore.errorfactory.EntityNotFoundException: An error occurred (EntityNotFoundException) when calling the GetTable operation: Table clickstream_daily not found.")


def g_athena_throttled(R):
    job = pick(R, ["revenue_rollup", "sessionize", "orders_snapshot", "inventory_merge"])
    head = lg(R, "ERROR", "jobs.%s" % job, "could not start Athena query in workgroup nightly-etl")
    return head + "\n" + py_traceback([
        ("/app/jobs/%s.py" % job, R.randint(30, 90), "run", "qid = wr.athena.start_query_execution(sql, database=DB, workgroup=\"nightly-etl\")"),
        ("%s/awswrangler/_config.py" % SITE, 712, "wrapper", "return function(**args)"),
        ("%s/awswrangler/athena/_executions.py" % SITE, 100, "start_query_execution", "query_execution_id = _start_query_execution("),
        ("%s/botocore/client.py" % SITE, 1023, "_make_api_call", "raise error_class(parsed_response, operation_name)")],
        "botocore.errorfactory.TooManyRequestsException: An error occurred (TooManyRequestsException) when calling the StartQueryExecution operation (reached max retries: 5): Rate exceeded")


def g_export_memory(R):
    gib = R.uniform(1.1, 3.9)
    rows = R.randint(40, 160) * 1000000
    last = "numpy.core._exceptions._ArrayMemoryError: Unable to allocate %.2f GiB for an array with shape (%d,) and data type %s" % (gib, rows, pick(R, ["float64", "object"]))
    return py_line(R, "ERROR", "ledger export for %s failed\n" % ("2027-09" if R.random() < 0.7 else "2027-08") + py_traceback([
        ("/var/task/ledger_export.py", pick(R, [51, 51, 53]), "handler", 'df = wr.s3.read_parquet(f"s3://ledger-{ACCOUNT}/entries/month={month}/", dataset=True)'),
        ("%s/awswrangler/s3/_read_parquet.py" % LSITE, 558, "read_parquet", "return _concat_union_categoricals(dfs=tables, ignore_index=ignore_index)"),
        ("%s/pandas/core/reshape/concat.py" % LSITE, 395, "concat", "return op.get_result()")], last))


def g_no_files(R):
    d = "2027-10-0%d" % R.randint(3, 8)
    head = lg(R, "ERROR", "jobs.orders_snapshot", "orders snapshot compaction for dt=%s failed" % d)
    return head + "\n" + py_traceback([
        ("/app/jobs/orders_snapshot.py", pick(R, [27, 27]), "run", 'df = wr.s3.read_parquet(f"s3://lake-raw-{ACCOUNT}/orders_snapshot/dt={day}/")'),
        ("%s/awswrangler/_config.py" % SITE, 712, "wrapper", "return function(**args)"),
        ("%s/awswrangler/s3/_read_parquet.py" % SITE, 532, "read_parquet", "raise exceptions.NoFilesFound(f\"No files Found on: {path}.\")")],
        "awswrangler.exceptions.NoFilesFound: No files Found on: s3://lake-raw-%s/orders_snapshot/dt=%s/." % (ACCT_DATA, d))


def g_iceberg_commit(R):
    reason = "ICEBERG_COMMIT_ERROR: Failed to commit Iceberg update to table: inventory.stock_levels" + athena_suffix(R, "inventory")
    head = lg(R, "ERROR", "jobs.inventory_merge", "MERGE into inventory.stock_levels failed (batch %d)" % R.randint(1, 96))
    return head + "\n" + py_traceback(wr_read_frames(SITE, "inventory_merge", pick(R, [88, 88]), 'wr.athena.start_query_execution(MERGE_SQL, database="inventory", wait=True)')[:1] + [
        ("%s/awswrangler/athena/_executions.py" % SITE, 129, "start_query_execution", "return wait_query("),
        ("%s/awswrangler/athena/_utils.py" % SITE, 1011, "wait_query", 'raise exceptions.QueryFailed(response["Status"].get("StateChangeReason"))')],
        "awswrangler.exceptions.QueryFailed: " + reason)


def g_results_denied(R):
    path = "s3://athena-results-%s-%s/adhoc/%s.csv" % (ACCT_DATA, REGION, qid(R))
    reason = "Access denied when writing output to url: %s . Please ensure you are allowed to access the S3 bucket. If you are encrypting query results with KMS key, please ensure you are allowed to access your KMS key" % path
    if R.random() < 0.5:
        return py_unhandled(R, "QueryFailed", reason, [f for f in wr_read_frames(LSITE, "adhoc_query", pick(R, [40, 40, 42]), 'df = wr.athena.read_sql_query(sql, database=db, workgroup="adhoc", ctas_approach=False)')])
    return py_line(R, "ERROR", "adhoc query for user %s failed: %s" % (pick(R, ["analyst-%02d" % R.randint(1, 12)]), reason))


def n_job_info(R):
    job = pick(R, ["revenue_rollup", "sessionize", "orders_snapshot", "inventory_merge"])
    return lg(R, pick(R, ["INFO", "INFO", "DEBUG"]), "jobs.%s" % job, pick(R, [
        "query %s SUCCEEDED in %.1f s, scanned %.2f GB" % (qid(R), R.uniform(1, 90), R.uniform(0.01, 40)),
        "wrote %d files (%d rows) to s3://lake-curated-%s/%s/dt=2027-10-0%d/" % (R.randint(1, 40), R.randint(1000, 9000000), ACCT_DATA, job, R.randint(3, 8)),
        "partition dt=2027-10-0%d already registered, skipping add_parquet_partitions" % R.randint(3, 8),
        "starting %s for 2027-10-0%d (task %s)" % (job, R.randint(3, 8), hexs(R, 32)),
        "finished in %d s, 0 errors" % R.randint(20, 3000),
    ]))


def n_job_warn(R):
    job = pick(R, ["revenue_rollup", "sessionize", "orders_snapshot", "inventory_merge"])
    return lg(R, "WARNING", "jobs.%s" % job, pick(R, [
        "query %s still QUEUED after %d s" % (qid(R), R.randint(30, 300)),
        "%d rows with null customer_id dropped" % R.randint(1, 400),
        "Athena TooManyRequestsException, retrying start_query_execution in %d s (attempt %d/5)" % (pick(R, [2, 4, 8]), R.randint(1, 4)),
        "ICEBERG_COMMIT_ERROR on attempt %d, retrying MERGE" % R.randint(1, 2),
    ]))


def n_future_warning(R):
    job = pick(R, ["revenue_rollup", "sessionize", "orders_snapshot", "inventory_merge"])
    return lg(R, "WARNING", "py.warnings", "%s/awswrangler/_data_types.py:%d: FutureWarning: %s\n  %s" % (SITE, pick(R, [703, 708, 805]), pick(R, [
        "Setting an item of incompatible dtype is deprecated and will raise an error in a future version of pandas. Value '%s' has dtype incompatible with int64, please explicitly cast to a compatible dtype first." % pick(R, ["n/a", "", "-"]),
        "The behavior of DataFrame concatenation with empty or all-NA entries is deprecated.",
        "DataFrameGroupBy.apply operated on the grouping columns. This behavior is deprecated.",
    ]), pick(R, ["df[col] = df[col].astype(dtype)", "return pd.concat(dfs, ignore_index=True)", "out = grouped.apply(fn)"])))


def n_lambda_info(R):
    lvl, msg = pick(R, [
        ("INFO", "partner feed %s: %d rows appended to partners.price_feed" % (uuid(R)[:8], R.randint(50, 90000))),
        ("INFO", "adhoc query %s returned %d rows" % (qid(R), R.randint(0, 100000))),
        ("INFO", "ledger export for 2027-0%d written: %d rows, %d files" % (R.randint(7, 9), R.randint(100000, 900000), R.randint(1, 12))),
        ("WARNING", "partner feed %s: %d rows had empty sku and were skipped" % (uuid(R)[:8], R.randint(1, 30))),
    ])
    return py_line(R, lvl, msg)


def n_lambda_platform(R):
    v = R.random()
    if v < 0.3:
        return lambda_start(R)
    if v < 0.55:
        return lambda_end(R)
    if v < 0.9:
        return lambda_report(R, mem=pick(R, [1024, 3008, 10240]), init=R.random() < 0.2)
    return lambda_init_start(R, "python:3.12.v38")


def awswrangler_athena_pandas(R):
    groups = [
        ("revenue-rollup-hive-bad-data", g_hive_bad_data),
        ("partner-feed-unit-price-arrow-invalid", g_arrow_invalid),
        ("sessionize-glue-table-not-found", g_glue_missing),
        ("nightly-etl-athena-start-query-throttled", g_athena_throttled),
        ("ledger-export-array-memory-error", g_export_memory),
        ("orders-snapshot-no-files-found", g_no_files),
        ("inventory-merge-iceberg-commit-error", g_iceberg_commit),
        ("adhoc-query-results-bucket-denied", g_results_denied),
    ]
    return build(R, F1, groups, [n_job_info, n_job_warn, n_future_warning, n_lambda_info, n_lambda_platform])


# ---------------------------------------------------------------- scrapy-fargate-crawlers
# Scrapy 2.11 crawlers run as ECS Fargate scheduled tasks (price monitoring, listings, reviews, deals),
# feed exports to S3 through botocore, an item pipeline writing to DynamoDB; Scrapy's default log
# layout "<date> <time> [<logger>] <LEVEL>: <message>", tracebacks inside the event.
F2 = "scrapy-fargate-crawlers"

SP = "/usr/local/lib/python3.12/site-packages"


def sl(R, logger, level, msg):
    return "%s [%s] %s: %s" % (iso_at(epoch(R), 0, "", " "), logger, level, msg)


def shop_url(R):
    return "https://%s/p/%s" % (pick(R, ["www.shop-a.example", "www.shop-a.example", "www.kitchenworld.example"]), "-".join([pick(R, ["steel", "pro", "kettle", "drill", "lamp", "oak", "desk", "usb-c", "hub", "mini"]) for _ in range(3)]) + "-%d" % R.randint(1000, 99999))


def g_parse_attr(R):
    url = shop_url(R)
    head = sl(R, "scrapy.core.scraper", "ERROR", "Spider error processing <GET %s> (referer: https://www.shop-a.example/c/%s?page=%d)" % (url, pick(R, ["kitchen", "tools", "lighting"]), R.randint(1, 40)))
    return head + "\n" + py_traceback([
        ("%s/scrapy/utils/defer.py" % SP, 295, "aiter_errback", "yield await it.__anext__()"),
        ("%s/scrapy/utils/python.py" % SP, 374, "__anext__", "return await self.data.__anext__()"),
        ("%s/scrapy/core/spidermw.py" % SP, 118, "process_async", "async for r in iterable:"),
        ("/app/pricewatch/spiders/shop_a.py", pick(R, [61, 61, 64]), "parse_product", 'price = response.css("span.price-now::text").get().strip()')],
        "AttributeError: 'NoneType' object has no attribute 'strip'")


def g_partner_503(R):
    url = "https://catalog.partner-b.example/api/v2/items?offset=%d&limit=200" % (R.randint(0, 400) * 200)
    return sl(R, "scrapy.downloadermiddlewares.retry", "ERROR", "Gave up retrying <GET %s> (failed 3 times): 503 Service Unavailable" % url)


def g_feed_s3(R):
    n = R.randint(100, 9000)
    key = "s3://crawl-exports-%s/%s/%s.csv" % (ACCT_DATA, pick(R, ["pricewatch", "listings"]), iso_at(epoch(R), 0, "", "T").replace(":", "-"))
    head = sl(R, "scrapy.extensions.feedexport", "ERROR", "Error storing csv feed (%d items) in: %s" % (n, key))
    return head + "\n" + py_traceback([
        ("%s/twisted/python/threadpool.py" % SP, 269, "inContext", "result = inContext.theWork()  # type: ignore[attr-defined]"),
        ("%s/scrapy/extensions/feedexport.py" % SP, 214, "_store_in_thread", "self.s3_client.upload_fileobj("),
        ("%s/boto3/s3/inject.py" % SP, 642, "upload_fileobj", "return future.result()"),
        ("%s/s3transfer/upload.py" % SP, 758, "_main", "client.put_object(Bucket=bucket, Key=key, Body=body, **extra_args)"),
        ("%s/botocore/client.py" % SP, 1023, "_make_api_call", "raise error_class(parsed_response, operation_name)")],
        "botocore.exceptions.ClientError: An error occurred (AccessDenied) when calling the PutObject operation: Access Denied")


def g_listing_timeout(R):
    url = "https://listings.example-realty.com/search?city=%s&page=%d" % (pick(R, ["utrecht", "leiden", "delft", "haarlem"]), R.randint(1, 80))
    head = sl(R, "scrapy.core.scraper", "ERROR", "Error downloading <GET %s>" % url)
    return head + "\n" + py_traceback([
        ("%s/twisted/internet/defer.py" % SP, 2013, "_inlineCallbacks", "result = context.run("),
        ("%s/twisted/python/failure.py" % SP, 467, "throwExceptionIntoGenerator", "return g.throw(self.value.with_traceback(self.tb))"),
        ("%s/scrapy/core/downloader/middleware.py" % SP, 54, "process_request", "return (yield download_func(request=request, spider=spider))")],
        "twisted.internet.error.TimeoutError: User timeout caused connection failure: Getting %s took longer than 180.0 seconds.." % url)


def g_ddb_empty_key(R):
    item = "{'sku': '', 'title': '%s', 'price': %d.%02d, 'url': '%s'}" % (pick(R, ["Steel kettle 1.7L", "Oak desk lamp", "USB-C hub 7-in-1", "Cordless drill 18V"]), R.randint(5, 300), R.randint(0, 99), shop_url(R))
    head = sl(R, "scrapy.core.scraper", "ERROR", "Error processing %s" % item)
    return head + "\n" + py_traceback([
        ("%s/twisted/internet/defer.py" % SP, 1078, "_runCallbacks", "current.result = callback(  # type: ignore[misc]"),
        ("%s/scrapy/utils/defer.py" % SP, 340, "f", "return deferred_from_coro(coro_f(*coro_args, **coro_kwargs))"),
        ("/app/pricewatch/pipelines.py", pick(R, [42, 42, 45]), "process_item", "self.table.put_item(Item=dict(item))"),
        ("%s/botocore/client.py" % SP, 1023, "_make_api_call", "raise error_class(parsed_response, operation_name)")],
        "botocore.exceptions.ClientError: An error occurred (ValidationException) when calling the PutItem operation: One or more parameter values are not valid. The AttributeValue for a key attribute cannot contain an empty string value. Key: sku")


def g_dns_retired(R):
    url = "https://www.retired-shop.example/%s" % pick(R, ["sitemap.xml", "c/garden?page=%d" % R.randint(1, 30), "p/%d" % R.randint(1000, 99999)])
    if R.random() < 0.6:
        return sl(R, "scrapy.downloadermiddlewares.retry", "ERROR", "Gave up retrying <GET %s> (failed 3 times): DNS lookup failed: no results for hostname lookup: www.retired-shop.example." % url)
    head = sl(R, "scrapy.core.scraper", "ERROR", "Error downloading <GET %s>" % url)
    return head + "\n" + py_traceback([
        ("%s/twisted/internet/defer.py" % SP, 2013, "_inlineCallbacks", "result = context.run("),
        ("%s/scrapy/core/downloader/middleware.py" % SP, 54, "process_request", "return (yield download_func(request=request, spider=spider))"),
        ("%s/twisted/internet/endpoints.py" % SP, 1022, "startConnectionAttempts", "raise error.DNSLookupError(")],
        "twisted.internet.error.DNSLookupError: DNS lookup failed: no results for hostname lookup: www.retired-shop.example.")


def g_memusage(R):
    return sl(R, "scrapy.extensions.memusage", "ERROR", "Memory usage exceeded 3072MiB. Shutting down Scrapy...")


def g_reactor(R):
    v = R.random()
    tb = py_traceback([
        ("/usr/local/bin/scrapy", 8, "<module>", "sys.exit(execute())"),
        ("%s/scrapy/cmdline.py" % SP, 161, "execute", "_run_print_help(parser, _run_command, cmd, args, opts)"),
        ("%s/scrapy/cmdline.py" % SP, 114, "_run_print_help", "func(*a, **kw)"),
        ("%s/scrapy/commands/crawl.py" % SP, 30, "run", "crawl_defer = self.crawler_process.crawl(spname, **opts.spargs)"),
        ("%s/scrapy/crawler.py" % SP, 137, "_apply_settings", "verify_installed_reactor(reactor_class)"),
        ("%s/scrapy/utils/reactor.py" % SP, 157, "verify_installed_reactor", "raise Exception(msg)")],
        "Exception: The installed reactor (twisted.internet.epollreactor.EPollReactor) does not match the requested one (twisted.internet.asyncioreactor.AsyncioSelectorReactor)")
    return sl(R, "twisted", "CRITICAL", "Unhandled error in Deferred:\n" + tb) if v < 0.7 else sl(
        R, "deals", "ERROR", "crawl of deals failed to start (scrapy-playwright needs the asyncio reactor; %s installed)" % "twisted.internet.epollreactor.EPollReactor")


def n_engine(R):
    spider = pick(R, ["shop_a", "kitchenworld", "partner_b", "listings", "reviews", "deals"])
    logger, msg = pick(R, [
        ("scrapy.core.engine", "Spider opened"),
        ("scrapy.core.engine", "Closing spider (finished)"),
        ("scrapy.core.engine", "Spider closed (finished)"),
        ("scrapy.extensions.logstats", "Crawled %d pages (at %d pages/min), scraped %d items (at %d items/min)" % (R.randint(0, 9000), R.randint(0, 300), R.randint(0, 9000), R.randint(0, 300))),
        ("scrapy.utils.log", "Scrapy 2.11.2 started (bot: pricewatch)"),
        ("scrapy.extensions.telnet", "Telnet console listening on 127.0.0.1:%d" % R.randint(6023, 6073)),
        ("scrapy.crawler", "Overridden settings:\n{'BOT_NAME': 'pricewatch',\n 'CONCURRENT_REQUESTS_PER_DOMAIN': %d,\n 'DOWNLOAD_DELAY': %.1f,\n 'FEED_EXPORT_ENCODING': 'utf-8',\n 'MEMUSAGE_LIMIT_MB': 3072,\n 'ROBOTSTXT_OBEY': True}" % (R.randint(2, 8), R.choice([0.5, 1.0, 1.5, 2.0]))),
        ("scrapy.extensions.feedexport", "Stored csv feed (%d items) in: s3://crawl-exports-%s/%s/%s.csv" % (R.randint(10, 9000), ACCT_DATA, spider, iso_at(epoch(R), 0, "", "T").replace(":", "-"))),
    ])
    return sl(R, logger, "INFO", msg)


def n_debug(R):
    url = shop_url(R)
    logger, msg = pick(R, [
        ("scrapy.core.engine", "Crawled (200) <GET %s> (referer: None)" % url),
        ("scrapy.core.engine", "Crawled (404) <GET %s> (referer: https://www.shop-a.example/sitemap.xml)" % url),
        ("scrapy.downloadermiddlewares.retry", "Retrying <GET %s> (failed %d times): 503 Service Unavailable" % (url, R.randint(1, 2))),
        ("scrapy.downloadermiddlewares.redirect", "Redirecting (301) to <GET %s> from <GET %s>" % (url, url.replace("https://", "http://"))),
        ("scrapy.dupefilters", "Filtered duplicate request: <GET %s> - no more duplicates will be shown (see DUPEFILTER_DEBUG to show all duplicates)" % url),
        ("scrapy.downloadermiddlewares.robotstxt", "Forbidden by robots.txt: <GET %s?sort=price>" % url),
        ("scrapy.core.scraper", "Scraped from <200 %s>\n{'sku': 'KW-%05d', 'price': %d.%02d, 'in_stock': %s}" % (url, R.randint(1, 99999), R.randint(3, 400), R.randint(0, 99), pick(R, ["True", "False"]))),
    ])
    return sl(R, logger, "DEBUG", msg)


def n_httperror(R):
    url = shop_url(R)
    return sl(R, "scrapy.spidermiddlewares.httperror", "INFO", "Ignoring response <%d %s>: HTTP status code is not handled or not allowed" % (pick(R, [403, 404, 404, 410, 429]), url))


def n_warning(R):
    return sl(R, pick(R, ["scrapy.core.downloader.handlers.http11", "scrapy.extensions.memusage", "py.warnings"]), "WARNING", pick(R, [
        "Got data loss in %s. If you want to process broken responses set the setting DOWNLOAD_FAIL_ON_DATALOSS = False -- This message won't be shown in further requests" % shop_url(R),
        "Memory usage reached %dMiB" % pick(R, [2048, 2560]),
        "Expected response size (%d) larger than download warn size (33554432) in request <GET %s>." % (R.randint(33554433, 60000000), shop_url(R)),
    ]))


def n_stats(R):
    errs = pick(R, [0, 0, 0, 1, 2, 3])
    req = R.randint(100, 20000)
    ok = req - R.randint(0, min(req - 1, 400))
    st = {
        "downloader/request_count": req,
        "downloader/response_status_count/200": ok,
        "elapsed_time_seconds": round(R.uniform(30, 9000), 6),
        "finish_reason": "finished",
        "item_scraped_count": R.randint(0, ok),
        "log_count/ERROR": errs,
        "log_count/INFO": R.randint(10, 200),
        "log_count/WARNING": R.randint(0, 9),
        "memusage/max": R.randint(80, 900) * 1048576,
        "retry/count": R.randint(0, 40),
    }
    body = "{" + ",\n ".join("%r: %r" % kv for kv in st.items()) + "}"
    return sl(R, "scrapy.statscollectors", "INFO", "Dumping Scrapy stats:\n" + body)


def scrapy_fargate_crawlers(R):
    groups = [
        ("shop-a-parse-product-price-selector-none", g_parse_attr),
        ("partner-b-catalog-api-503-gave-up", g_partner_503),
        ("feed-export-s3-put-access-denied", g_feed_s3),
        ("listings-download-timeout", g_listing_timeout),
        ("pricewatch-pipeline-ddb-empty-sku", g_ddb_empty_key),
        ("retired-shop-dns-lookup-failed", g_dns_retired),
        ("reviews-crawl-memusage-exceeded", g_memusage),
        ("deals-playwright-reactor-mismatch", g_reactor),
    ]
    return build(R, F2, groups, [n_engine, n_debug, n_httperror, n_warning, n_stats])


FAMILIES = {F1: awswrangler_athena_pandas, F2: scrapy_fargate_crawlers}
