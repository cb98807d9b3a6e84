"""Families: geoserver227-grid-outage-map-tomcat-ec2, demandfcst-r43-sagemaker-processing.

brackwater's network and outage maps (the customer outage map, the control room's grid view and the field crews'
switching app, which edits switch states through WFS-T) are served by GeoServer 2.27 on Tomcat (EC2) over PostGIS;
its geoserver.log (logging profile `%d{dd MMM HH:mm:ss} %-6p [%c{2}] - %m%n`, request logging on, exception stacks in
the event) is shipped by the CloudWatch agent with a multiline start pattern on the date. The day-ahead demand forecast
is an R 4.3 script (tidyverse, fable, paws) run nightly as a SageMaker Processing job; the container's stdout/stderr
land in /aws/sagemaker/ProcessingJobs: the `logger` package's default layout (`INFO [2030-06-06 01:12:13] msg`), R's
own condition output (`Error in …`, `Calls:`, `Execution halted`, `Warning message:`), rlang/dplyr error bullets and
readr's column specification, each condition block one event."""
from common import (hexs, alnum, lower, upper, digits, uuid, ip10, pick, build, ACCT, REGION, gs_ts, rlog_ts)

# ---------------------------------------------------------------- geoserver227-grid-outage-map-tomcat-ec2
G1 = "geoserver227-grid-outage-map-tomcat-ec2"
LAYERS = ["grid:mv_feeders", "grid:lv_network", "grid:substations", "grid:secondary_substations", "grid:gas_mains", "grid:customer_outages", "grid:outage_areas", "grid:switch_state"]
UA = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/139.0 Safari/537.36", "BrkFieldCrew/5.4.2 (Android 15)", "BrkFieldCrew/5.4.1 (iOS 19.2)",
      "QGIS/33800/Windows 11 Version 2409", "Mozilla/5.0 (Macintosh; Intel Mac OS X 15_3) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.3 Safari/605.1.15"]


def gs(R, lvl, cat, msg):
    return "%s %-6s [%s] - %s" % (gs_ts(R), lvl, cat, msg)


def bbox(R):
    x = R.uniform(14.0, 19.5)
    y = R.uniform(58.5, 63.0)
    return "%.4f,%.4f,%.4f,%.4f" % (x, y, x + R.uniform(0.01, 0.5), y + R.uniform(0.01, 0.3))


def getmap(R, layer=None):
    return "/geoserver/grid/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetMap&FORMAT=image%%2Fpng&TRANSPARENT=true&LAYERS=%s&CRS=EPSG%%3A4326&WIDTH=%d&HEIGHT=%d&BBOX=%s" % (
        (layer or pick(R, LAYERS)).replace(":", "%3A"), pick(R, [256, 512, 1024]), pick(R, [256, 512, 768]), bbox(R).replace(",", "%2C"))


def req(R, path, took=True):
    ip = ip10(R, 60)
    if took:
        return gs(R, "INFO", "geoserver.filters", "%s \"GET %s\" took %dms" % (ip, path, R.randint(4, 1800)))
    return gs(R, "INFO", "geoserver.filters", "%s \"GET %s\" \"%s\" \"\" \"\"" % (ip, path, pick(R, UA)))


def e_pool(R):
    # the outage map's public page refreshes customer_outages every 15 s per visitor; the PostGIS store's pool (max 10)
    # is exhausted during a storm and map requests fail
    t = R.random()
    if t < 0.55:
        return gs(R, "ERROR", "geoserver.ows", "\norg.geoserver.platform.ServiceException: Rendering process failed\n"
                  "\tat org.geoserver.wms.map.RenderedImageMapOutputFormat.produceMap(RenderedImageMapOutputFormat.java:%d)\n"
                  "\tat org.geoserver.wms.GetMap.executeInternal(GetMap.java:%d)\n"
                  "Caused by: java.io.IOException: Cannot get a connection, pool error Timeout waiting for idle object, borrowMaxWaitDuration=PT20S\n"
                  "\tat org.geotools.jdbc.JDBCDataStore.createConnection(JDBCDataStore.java:%d)\n"
                  "Caused by: java.util.NoSuchElementException: Timeout waiting for idle object, borrowMaxWaitDuration=PT20S\n"
                  "\tat org.apache.commons.pool2.impl.GenericObjectPool.borrowObject(GenericObjectPool.java:%d)" % (R.randint(640, 700), R.randint(700, 760), R.randint(2080, 2120), R.randint(270, 290)))
    return gs(R, "WARN", "geotools.jdbc", "Failed to acquire a connection for store grid_postgis (outages) after 20000 ms: pool exhausted (maxActive=10, active=10, waiters=%d)" % R.randint(5, 140))


def e_column(R):
    # migration 2030.06 renamed outage.cust_affected to customers_affected; the SQL view layer grid:outage_areas still
    # selects the old name, so every outage-area request fails
    t = R.random()
    if t < 0.6:
        return gs(R, "ERROR", "geoserver.ows", "\norg.geoserver.platform.ServiceException: java.io.IOException: Error occurred calculating bounds for outage_areas\n"
                  "\tat org.geoserver.wfs.GetFeature.run(GetFeature.java:%d)\n"
                  "Caused by: org.postgresql.util.PSQLException: ERROR: column o.cust_affected does not exist\n"
                  "  Hint: Perhaps you meant to reference the column \"o.customers_affected\".\n"
                  "  Position: %d\n"
                  "\tat org.postgresql.core.v3.QueryExecutorImpl.receiveErrorResponse(QueryExecutorImpl.java:%d)" % (R.randint(560, 620), R.randint(30, 90), R.randint(2700, 2740)))
    return gs(R, "WARN", "geotools.jdbc", "Failure occurred while looking up the primary key with finder: org.geotools.jdbc.HeuristicPrimaryKeyFinder@%s (virtual table outage_areas): ERROR: column o.cust_affected does not exist" % hexs(R, 8))


def e_gwc(R):
    # the GeoWebCache blob store shares the 50 GiB data volume with the logs; it is full and tiles are not cached,
    # every tile request renders from PostGIS
    t = R.random()
    if t < 0.6:
        return gs(R, "ERROR", "geowebcache.layer", "Unable to store tile for %s z=%d x=%d y=%d: java.io.IOException: No space left on device (/var/geoserver/gwc/%s/EPSG_3006_%02d/%s.png)" % (pick(R, LAYERS[:5]), R.randint(6, 15), R.randint(0, 40000), R.randint(0, 40000), pick(R, LAYERS[:5]).replace(":", "_"), R.randint(6, 15), digits(R, 6)))
    return gs(R, "ERROR", "geowebcache.seed", "Seed task %d for layer %s failed: org.geowebcache.storage.StorageException: No space left on device" % (R.randint(1, 400), pick(R, LAYERS[:5])))


def e_oom(R):
    # the control room's buffer-analysis WPS call on the whole MV network exhausts the 4 GiB heap
    t = R.random()
    if t < 0.6:
        return gs(R, "ERROR", "geoserver.wps", "Process gs:BufferFeatureCollection failed for execution %s\njava.lang.OutOfMemoryError: Java heap space\n"
                  "\tat org.locationtech.jts.geom.GeometryFactory.createPolygon(GeometryFactory.java:%d)\n"
                  "\tat org.geotools.process.vector.BufferFeatureCollection.execute(BufferFeatureCollection.java:%d)" % (uuid(R), R.randint(330, 360), R.randint(60, 90)))
    return "Exception in thread \"http-nio-8080-exec-%d\" java.lang.OutOfMemoryError: Java heap space" % R.randint(1, 200)


def e_wfst(R):
    # the DB role migration left geoserver_edit without UPDATE on grid.switch_state; field crews' switching edits
    # (WFS-T) fail
    t = R.random()
    if t < 0.6:
        return gs(R, "ERROR", "geoserver.wfs", "Transaction failed for handle 'BrkFieldCrew-%s' (Update grid:switch_state fid=switch_state.%d)\n"
                  "org.geoserver.wfs.WFSTransactionException: Error occured updating features\n"
                  "\tat org.geoserver.wfs.UpdateElementHandler.execute(UpdateElementHandler.java:%d)\n"
                  "Caused by: org.postgresql.util.PSQLException: ERROR: permission denied for table switch_state\n"
                  "\tat org.postgresql.core.v3.QueryExecutorImpl.receiveErrorResponse(QueryExecutorImpl.java:2725)" % (hexs(R, 8), R.randint(1000, 90000), R.randint(300, 340)))
    return gs(R, "INFO", "geoserver.filters", "%s \"POST /geoserver/grid/wfs\" took %dms (status 200, TransactionResponse totalUpdated=0, ExceptionReport: permission denied for table switch_state)" % (ip10(R, 60), R.randint(20, 300)))


def gs_negs():
    def n_getmap(R):
        return req(R, getmap(R, pick(R, [l for l in LAYERS if l not in ("grid:outage_areas",)])), R.random() < 0.5)

    def n_caps(R):
        return req(R, "/geoserver/grid/%s?SERVICE=%s&REQUEST=GetCapabilities&VERSION=%s" % (pick(R, ["wms", "wfs"]), pick(R, ["WMS", "WFS"]), pick(R, ["1.3.0", "2.0.0", "1.1.1"])) + "&_=%d" % R.randint(10 ** 12, 10 ** 13), R.random() < 0.5)

    def n_wmts(R):
        return req(R, "/geoserver/gwc/service/wmts/rest/%s/default/EPSG:3006/EPSG:3006:%d/%d/%d?format=image/png" % (pick(R, LAYERS[:5]), R.randint(4, 15), R.randint(0, 9000), R.randint(0, 9000)), True)

    def n_abort(R):
        return gs(R, "WARN", "geoserver.ows", "Client closed the connection before the response was written (GetMap %s): org.apache.catalina.connector.ClientAbortException: java.io.IOException: Broken pipe" % pick(R, LAYERS))

    def n_nolayer(R):
        return gs(R, "WARN", "geoserver.ows", "\norg.geoserver.platform.ServiceException: Could not find layer grid:%s\n\tat org.geoserver.wms.map.GetMapKvpRequestReader.parseLayers(GetMapKvpRequestReader.java:%d)" % (pick(R, ["feeders_2019", "mv_feeders_old", "meters", "gasnet"]), R.randint(1200, 1300)))

    def n_seed(R):
        return gs(R, "INFO", "geowebcache.seed", "Thread %d completed (re)seeding layer %s after %d tiles and %d seconds." % (R.randint(0, 3), pick(R, LAYERS[:5]), R.randint(100, 90000), R.randint(5, 4000)))

    def n_start(R):
        return gs(R, "INFO", pick(R, ["geoserver.security", "org.geoserver", "geoserver.config"]), pick(R, ["AuthenticationCache Initialized with 1000 Max Entries, 300 seconds idle time, 600 seconds time to live and %d concurrency level" % R.randint(2, 8),
                                                                                                       "Loaded %d workspaces, %d stores, %d layers" % (R.randint(3, 6), R.randint(8, 20), R.randint(40, 140)),
                                                                                                       "GeoServer configuration lock is enabled", "Started GeoServer 2.27.%d (revision %s)" % (R.randint(0, 3), hexs(R, 7))]))

    def n_wfst_ok(R):
        return gs(R, "INFO", "geoserver.wfs", "Transaction 'BrkFieldCrew-%s' committed: totalInserted=0 totalUpdated=1 totalDeleted=0 (grid:%s)" % (hexs(R, 8), pick(R, ["crew_positions", "fault_markers", "temporary_earths"])))

    def n_featinfo(R):
        return req(R, "/geoserver/grid/wms?SERVICE=WMS&REQUEST=GetFeatureInfo&QUERY_LAYERS=%s&INFO_FORMAT=application%%2Fjson&I=%d&J=%d&FEATURE_COUNT=5" % (pick(R, ["grid%3Acustomer_outages", "grid%3Asecondary_substations", "grid%3Amv_feeders"]), R.randint(0, 511), R.randint(0, 511)), R.random() < 0.5)

    def n_bbox(R):
        return gs(R, "WARN", "geoserver.wms", "GetMap request with invalid BBOX %s from %s rejected (InvalidParameterValue)" % (pick(R, ["0,0,0,0", "nan,nan,nan,nan", "18.1,59.3,17.9,59.2"]), ip10(R, 60)))

    def n_emptyq(R):
        n = R.randint(0, 40)
        return gs(R, "DEBUG", "geoserver.wfs", "GetFeature grid:customer_outages returned %d features (numberMatched=%d) in %d ms" % (n, n, R.randint(5, 300)))

    def n_crs(R):
        return gs(R, "WARN", "geotools.referencing", "Possible use of \"Transverse_Mercator\" projection outside its valid area. Latitude %d\u00b0%02d.%d'N is out of range (longitude %d\u00b0%02d.%d'E)." % (R.randint(68, 71), R.randint(0, 59), R.randint(0, 9), R.randint(5, 30), R.randint(0, 59), R.randint(0, 9)))

    return [n_getmap, n_caps, n_wmts, n_abort, n_nolayer, n_seed, n_start, n_wfst_ok, n_featinfo, n_bbox, n_emptyq, n_crs]


def geo(R):
    return build(R, G1, [("postgis-pool-10-outage-map-storm", e_pool), ("outage-areas-view-renamed-column", e_column),
                         ("gwc-blobstore-volume-full", e_gwc), ("wps-buffer-whole-mv-network-oom", e_oom, 8),
                         ("switch-state-update-grant-lost", e_wfst)], gs_negs())


# ---------------------------------------------------------------- demandfcst-r43-sagemaker-processing
D1 = "demandfcst-r43-sagemaker-processing"
AREAS = ["SE3-UPP", "SE3-GAV", "SE2-SUN", "SE3-VAS", "SE2-ORE", "SE1-LUL", "SE3-NOR"]


def rl(R, lvl, msg):
    return "%s %s %s" % (lvl, rlog_ts(R), msg)


def feeder(R):
    return "F-%04d" % R.randint(100, 4999)


def e_weather(R):
    # the weather provider's API key expired on 2030-06-12 (annual contract renewal, new key not put in Secrets
    # Manager); the job cannot fetch temperature forecasts and halts
    t = R.random()
    if t < 0.4:
        return rl(R, "ERROR", "weather fetch failed for %s: HTTP 401 Unauthorized from api.nordvader.example (key expired)" % pick(R, AREAS))
    if t < 0.8:
        return ("Error in fetch_weather(area = \"%s\", run_date = as.Date(\"2030-06-%02d\"), horizon = 48) : \n  weather API returned 401: {\"code\":\"key_expired\",\"message\":\"API key expired on 2030-06-12\"}\n"
                "Calls: main -> build_features -> fetch_weather -> stop\nExecution halted" % (pick(R, AREAS), R.randint(13, 28)))
    return rl(R, "FATAL", "day-ahead forecast for 2030-06-%02d not produced (weather features unavailable), processing job %s exiting 1" % (R.randint(13, 28), "brk-dayahead-%s" % digits(R, 12)))


def e_glue(R):
    # the reads table moved to smart_reads_v2 in the Glue catalog; the job role's policy still names smart_reads
    t = R.random()
    if t < 0.6:
        return rl(R, "FATAL", "main() failed: AccessDeniedException (HTTP 400). User: arn:aws:sts::%s:assumed-role/brk-demandfcst-sagemaker/SageMaker is not authorized to perform: glue:GetTable on resource: arn:aws:glue:%s:%s:table/mdm/smart_reads_v2 because no identity-based policy allows the glue:GetTable action; exiting 1" % (ACCT, REGION, ACCT))
    return rl(R, "ERROR", "athena query %s failed: AccessDeniedException on glue:GetTable mdm.smart_reads_v2 (area %s)" % (uuid(R), pick(R, AREAS)))


def e_singular(R):
    # the new Hagalund secondary substations have 3 weeks of history; ARIMA with weekly Fourier terms gets a
    # singular Hessian and the whole model table for the area fails
    f = feeder(R)
    t = R.random()
    if t < 0.55:
        return ("Error in solve.default(res$hessian * n.used, A) : \n  Lapack routine dgesv: system is exactly singular: U[%d,%d] = 0\n"
                "Calls: main -> fit_models -> model -> <Anonymous> -> ARIMA -> arima -> solve -> solve.default" % ((R.randint(3, 40),) * 2))
    return rl(R, "ERROR", "model fit failed for area SE3-HAG feeder %s (%d days of history): system is exactly singular; area forecast missing" % (f, R.randint(18, 24)))


def e_mem(R):
    # the 2030 model uses 15-minute resolution for all 4.1 M meters; the ml.m5.2xlarge (32 GiB) processing instance
    # cannot hold the pivot
    t = R.random()
    if t < 0.6:
        return "Error: cannot allocate vector of size %d.%d Gb\nExecution halted" % (R.randint(9, 30), R.randint(0, 9))
    return rl(R, "ERROR", "pivot of interval reads failed (%d.%d M rows): cannot allocate vector; job will be retried by the pipeline" % (R.randint(300, 400), R.randint(0, 9)))


def e_holiday(R):
    # the holiday calendar table ends in 2029; lookup_holiday() stops for 2030 dates and the feature step fails
    return ("Error in `mutate()`:\n\u2139 In argument: `holiday = lookup_holiday(date, country = \"SE\")`.\n\u2139 In group %d: `area = \"%s\"`.\n"
            "Caused by error in `lookup_holiday()`:\n! no holiday calendar for year 2030 (SE)\nBacktrace:\n    \u2586\n 1. \u251c\u2500global main()\n 2. \u2502 \u2514\u2500global build_features(reads, weather)\n"
            " 3. \u2502   \u2514\u2500dplyr::mutate(...)\nExecution halted" % (R.randint(1, 7), pick(R, AREAS)))


def fc_negs():
    def n_loaded(R):
        return rl(R, "INFO", "loaded %d interval rows for %s (%s .. %s)" % (R.randint(10 ** 6, 9 * 10 ** 7), pick(R, AREAS), "2029-06-01", "2030-06-%02d" % R.randint(2, 28)))

    def n_fit(R):
        return rl(R, "INFO", "fitted %s for %s: MAPE %.2f%%, RMSE %.1f MW (holdout 14 d)" % (pick(R, ["ETS", "ARIMA", "TSLM+fourier", "ensemble"]), pick(R, AREAS), R.uniform(1.5, 7.5), R.uniform(0.5, 40)))

    def n_success(R):
        return rl(R, "SUCCESS", "day-ahead forecast 2030-06-%02d written to s3://brk-demandfcst-%s/dayahead/%s/2030-06-%02d.parquet (%d rows)" % (R.randint(2, 28), REGION, pick(R, AREAS), R.randint(2, 28), pick(R, [96, 24]) * R.randint(100, 4000)))

    def n_masked(R):
        return "\nAttaching package: 'dplyr'\n\nThe following objects are masked from 'package:stats':\n\n    filter, lag\n\nThe following objects are masked from 'package:base':\n\n    intersect, setdiff, setequal, union\n"

    def n_s3method(R):
        return "Registered S3 method overwritten by 'quantmod':\n  method            from\n  as.zoo.data.frame zoo "

    def n_readr(R):
        return ("Rows: %d Columns: %d\n\u2500\u2500 Column specification \u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\n"
                "Delimiter: \",\"\nchr  (2): area, feeder_id\ndbl  (3): load_mw, temp_c, wind_ms\ndttm (1): ts\n\n"
                "\u2139 Use `spec()` to retrieve the full column specification for this data.\n\u2139 Specify the column types or set `show_col_types = FALSE` to quiet this message.") % (R.randint(10 ** 4, 10 ** 7), 6)

    def n_join(R):
        return "Joining with `by = join_by(%s)`" % pick(R, ["area", "feeder_id", "ts", "area, ts", "feeder_id, ts", "area, feeder_id"])

    def n_impute(R):
        return rl(R, "WARN", "feeder %s has %d missing hours in %s, imputed by linear interpolation" % (feeder(R), R.randint(1, 6), pick(R, AREAS)))

    def n_parse(R):
        return "Warning message:\nThere %s %d parsing failure%s." % (("was", 1, "") if R.random() < 0.3 else ("were", R.randint(2, 90), "s"))

    def n_nan(R):
        return "Warning message:\nIn log(%s) : NaNs produced" % pick(R, ["load_mw", "load_mw - base_mw", "net_load", "pv_mw + 1e-6", "wind_ms"])

    def n_start(R):
        return rl(R, "INFO", "demandfcst %s starting: R %s, fable %s, areas=%d, horizon=48h, instance %s" % ("2.%d.%d" % (R.randint(5, 7), R.randint(0, 9)), "4.3.%d" % R.randint(1, 3), "0.4.%d" % R.randint(0, 2), len(AREAS), pick(R, ["ml.m5.2xlarge", "ml.m5.4xlarge"])))

    def n_debug(R):
        return rl(R, "DEBUG", "feature matrix %s: %d x %d, %d NA (%.3f%%)" % (pick(R, AREAS), R.randint(10 ** 4, 10 ** 6), R.randint(20, 80), R.randint(0, 200), R.uniform(0, 0.02)))

    def n_athena_ok(R):
        return rl(R, "INFO", "athena query %s SUCCEEDED in %.1f s, %d MB scanned" % (uuid(R), R.uniform(2, 90), R.randint(10, 9000)))

    def n_retry(R):
        return rl(R, "WARN", "athena GetQueryExecution throttled (ThrottlingException), retry %d of 5 succeeded" % R.randint(1, 3))

    return [n_loaded, n_fit, n_success, n_masked, n_s3method, n_readr, n_join, n_impute, n_parse, n_nan, n_start, n_debug, n_athena_ok, n_retry]


def fc(R):
    return build(R, D1, [("weather-api-key-expired", e_weather), ("glue-smart-reads-v2-not-in-role-policy", e_glue),
                         ("new-secondary-substations-singular-arima", e_singular), ("15min-pivot-exceeds-instance-memory", e_mem),
                         ("holiday-calendar-ends-2029", e_holiday)], fc_negs())


FAMILIES = {G1: geo, D1: fc}
