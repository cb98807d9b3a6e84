"""tomcat-jetty and cassandra-clickhouse."""
from common import *


# ---------------------------------------------------------------- tomcat-jetty
def cat(level, thread, src, msg):
    d = dt()
    return "%s.%03d %s [%s] %s %s" % (d.strftime("%d-%b-%Y %H:%M:%S"), d.microsecond // 1000, level, thread, src, msg)


def exec_t():
    return "http-nio-8080-exec-%d" % ri(1, 200)


def jetty(level, logger, thread, msg):
    return "%s:%s:%s:%s: %s" % (dot(), level, logger, thread, msg)


def wrapper_root(servlet, path, cause, frames):
    def f():
        c = cause()
        body = "Servlet.service() for servlet [%s] in context with path [%s] threw exception [Request processing failed: %s] with root cause\n\t%s\n" % (servlet, path, c, c)
        body += "\n".join("\t\tat %s" % (fr % ln(b)) for fr, b in frames)
        return cat("SEVERE", exec_t(), "org.apache.catalina.core.StandardWrapperValve.invoke", body)
    return f


def tj_errors():
    npe_order = wrapper_root("dispatcher", "/shop", lambda: "java.lang.NullPointerException: Cannot invoke \"com.shop.model.Customer.getTier()\" because \"order.customer\" is null",
                             [("com.shop.web.OrderController.show(OrderController.java:%d)", 64), ("java.base/jdk.internal.reflect.DirectMethodHandleAccessor.invoke(DirectMethodHandleAccessor.java:%d)", 103)])
    npe_cart = wrapper_root("dispatcher", "/shop", lambda: "java.lang.NullPointerException: Cannot invoke \"com.shop.model.Customer.getTier()\" because \"cart.customer\" is null",
                            [("com.shop.web.CartController.view(CartController.java:%d)", 91), ("java.base/jdk.internal.reflect.DirectMethodHandleAccessor.invoke(DirectMethodHandleAccessor.java:%d)", 103)])
    dbcp = wrapper_root("dispatcher", "/shop", lambda: "org.springframework.jdbc.CannotGetJdbcConnectionException: Failed to obtain JDBC Connection",
                        [("org.apache.tomcat.dbcp.dbcp2.PoolingDataSource.getConnection(PoolingDataSource.java:%d)", 159), ("com.shop.repo.OrderRepository.findById(OrderRepository.java:%d)", 47)])

    def listeners():
        return cat("SEVERE", "main", "org.apache.catalina.core.StandardContext.startInternal", "One or more listeners failed to start. Full details will be found in the appropriate container log file")

    def ctx_failed():
        return cat("SEVERE", "main", "org.apache.catalina.core.StandardContext.startInternal", "Context [/%s] startup failed due to previous errors" % pick(["shop", "admin", "api"]))

    def listener_bean():
        return cat("SEVERE", "main", "org.apache.catalina.core.StandardContext.listenerStart", "Exception sending context initialized event to listener instance of class [org.springframework.web.context.ContextLoaderListener]\n\torg.springframework.beans.factory.BeanCreationException: Error creating bean with name 'paymentGateway' defined in class path resource [com/shop/config/PaymentConfig.class]: Could not resolve placeholder 'payments.endpoint' in value \"${payments.endpoint}\"\n\t\tat org.springframework.beans.factory.support.AbstractAutowireCapableBeanFactory.initializeBean(AbstractAutowireCapableBeanFactory.java:%d)" % ln(1806))

    def bind():
        return cat("SEVERE", "main", "org.apache.catalina.util.LifecycleBase.handleSubClassException", "Failed to initialize component [Connector[\"http-nio-%d\"]]\n\torg.apache.catalina.LifecycleException: Protocol handler initialization failed\n\t\tat org.apache.catalina.connector.Connector.initInternal(Connector.java:%d)\n\tCaused by: java.net.BindException: Address already in use\n\t\tat java.base/sun.nio.ch.Net.bind0(Native Method)" % (pick([8080, 8443, 8009]), ln(1038)))

    def oom():
        return "Exception in thread \"%s\" java.lang.OutOfMemoryError: Java heap space\n\tat java.base/java.util.Arrays.copyOf(Arrays.java:3537)\n\tat com.shop.export.CsvWriter.write(CsvWriter.java:%d)" % (exec_t(), ln(88))

    def sessions():
        return cat("SEVERE", "main", "org.apache.catalina.session.StandardManager.doLoad", "Exception loading sessions from persistent storage\n\tjava.io.InvalidClassException: com.shop.model.Cart; local class incompatible: stream classdesc serialVersionUID = %d, local class serialVersionUID = %d\n\t\tat java.base/java.io.ObjectStreamClass.initNonProxy(ObjectStreamClass.java:%d)" % (ri(-9 * 10 ** 18, 9 * 10 ** 18), ri(-9 * 10 ** 18, 9 * 10 ** 18), ln(598)))

    def jasper():
        return cat("SEVERE", exec_t(), "org.apache.catalina.core.ApplicationDispatcher.invoke", "Servlet.service() for servlet [jsp] threw exception\n\torg.apache.jasper.JasperException: An exception occurred processing [/WEB-INF/views/order.jsp] at line [%d]\n\n%d:     <td>${order.shipping.carrier.name}</td>\n\n\nStacktrace:\n\t\tat org.apache.jasper.servlet.JspServletWrapper.handleJspException(JspServletWrapper.java:%d)" % ((lambda l: (l, l))(ln(42)) + (ln(610),)))

    def app_l4j():
        return "%s ERROR [%s] c.s.payments.PaymentClient - Payment gateway returned error for order %d: CARD_DECLINED" % (comma(), exec_t(), ri(10000, 999999))

    def jetty_bind():
        return jetty("ERROR", "oejs.AbstractConnector", "main", "Failed to start ServerConnector@%s{HTTP/1.1, (http/1.1)}{0.0.0.0:%d}\njava.io.IOException: Failed to bind to 0.0.0.0/0.0.0.0:%d\n\tat org.eclipse.jetty.server.ServerConnector.openAcceptChannel(ServerConnector.java:%d)\nCaused by: java.net.BindException: Address already in use" % ((lambda p: (hx(8), p, p))(pick([8080, 8081, 9090])) + (ln(344),)))

    def jetty_dispatch():
        return jetty("ERROR", "oejs.HttpChannel", "qtp%d-%d" % (ri(10 ** 8, 2 * 10 ** 9), ri(10, 90)), "handleException /api/reports/%d\njakarta.servlet.ServletException: java.lang.IllegalStateException: report template 'quarterly' not found\n\tat org.eclipse.jetty.ee10.servlet.ServletHolder.handle(ServletHolder.java:%d)\nCaused by: java.lang.IllegalStateException: report template 'quarterly' not found\n\tat com.shop.reports.TemplateRegistry.get(TemplateRegistry.java:%d)" % (ri(100, 9999), ln(1265), ln(52)))

    return [
        ("tomcat-order-controller-npe", ri(4, 6), npe_order),
        ("tomcat-cart-controller-npe", ri(4, 6), npe_cart),
        ("tomcat-dbcp-cannot-get-connection", ri(4, 6), dbcp),
        ("tomcat-listeners-failed-to-start", ri(4, 5), listeners),
        ("tomcat-context-startup-failed", ri(4, 5), ctx_failed),
        ("tomcat-listener-start-bean-creation", ri(4, 5), listener_bean),
        ("tomcat-connector-bind-in-use", ri(4, 5), bind),
        ("tomcat-exec-thread-oom", ri(4, 5), oom),
        ("tomcat-session-load-invalid-class", ri(4, 5), sessions),
        ("tomcat-jasper-order-jsp", ri(4, 6), jasper),
        ("catalina-payment-card-declined", ri(4, 6), app_l4j),
        ("jetty-connector-bind-in-use", ri(4, 5), jetty_bind),
        ("jetty-report-template-not-found", ri(4, 6), jetty_dispatch),
    ]


def tj_ok():
    return [
        lambda: cat("INFO", "main", "org.apache.catalina.startup.Catalina.start", "Server startup in [%s] milliseconds" % "{:,}".format(ri(900, 30000))),
        lambda: cat("INFO", "main", "org.apache.catalina.startup.HostConfig.deployWAR", "Deploying web application archive [/usr/local/tomcat/webapps/%s.war]" % pick(["shop", "admin", "api"])),
        lambda: cat("INFO", "main", "org.apache.coyote.AbstractProtocol.start", "Starting ProtocolHandler [\"http-nio-%d\"]" % pick([8080, 8443])),
        lambda: cat("WARNING", "main", "org.apache.catalina.loader.WebappClassLoaderBase.clearReferencesThreads", "The web application [%s] appears to have started a thread named [pool-%d-thread-1] but has failed to stop it. This is very likely to create a memory leak. Stack trace of thread:\n java.base/jdk.internal.misc.Unsafe.park(Native Method)" % (pick(["shop", "admin"]), ri(1, 9))),
        lambda: cat("WARNING", "main", "org.apache.tomcat.util.scan.StandardJarScanner.processURLs", "Failed to scan [file:/usr/local/tomcat/lib/%s-%d.%d.jar] from classloader hierarchy\n\tjava.io.FileNotFoundException: /usr/local/tomcat/lib/%s.jar (No such file or directory)" % ((lambda w: (w, ri(1, 9), ri(0, 9), w))(pick(WORDS)))),
        lambda: cat("INFO", "main", "org.apache.catalina.startup.VersionLoggerListener.log", "Command line argument: -Xmx%dm" % pick([512, 1024, 2048, 3072])),
        lambda: cat("WARNING", "main", "org.apache.catalina.util.SessionIdGeneratorBase.createSecureRandom", "Creation of SecureRandom instance for session ID generation using [SHA1PRNG] took [%s] milliseconds." % "{:,}".format(ri(300, 9000))),
        lambda: "%s - %s [%s] \"%s /shop/api/orders/%d HTTP/1.1\" %d %d" % (ip10(), pick(["-", pick(USERS)]), dt().strftime("%d/%b/%Y:%H:%M:%S +0000"), pick(["GET", "POST"]), ri(1000, 99999), pick([200, 200, 404, 500, 503]), ri(0, 90000)),
        lambda: cat("INFO", exec_t(), "org.apache.coyote.http11.Http11Processor.service", "Error parsing HTTP request header\n Note: further occurrences of HTTP request parsing errors will be logged at DEBUG level.\n\tjava.lang.IllegalArgumentException: Invalid character found in method name [0x16 0x03 0x01 0x%s 0x%s ]. HTTP method names must be tokens\n\t\tat org.apache.coyote.http11.Http11InputBuffer.parseRequestLine(Http11InputBuffer.java:%d)" % (hx(2), hx(2), ln(407))),
        lambda: jetty("WARN", "oejs.HttpChannel", "qtp%d-%d" % (ri(10 ** 8, 2 * 10 ** 9), ri(10, 90)), "/api/orders/%d\njava.lang.NullPointerException: Cannot invoke \"String.length()\" because \"sku\" is null\n\tat com.shop.api.OrderServlet.doGet(OrderServlet.java:%d)\n\tat jakarta.servlet.http.HttpServlet.service(HttpServlet.java:%d)" % (ri(1000, 99999), ln(77), ln(527))),
        lambda: jetty("INFO", "oejs.Server", "main", "Started Server@%s{STARTING}[12.0.%d,sto=0] @%dms" % (hx(8), ri(5, 15), ri(400, 9000))),
        lambda: jetty("INFO", "oejs.AbstractConnector", "main", "Started ServerConnector@%s{HTTP/1.1, (http/1.1)}{0.0.0.0:%d}" % (hx(8), pick([8080, 8081]))),
        lambda: "%s WARN  [%s] c.s.payments.PaymentClient - Payment gateway timeout for order %d, retrying (attempt %d/3)" % (comma(), exec_t(), ri(10000, 999999), ri(1, 2)),
        lambda: "%s INFO  [%s] c.s.payments.PaymentClient - Captured order %d, declined=0 errors=0" % (comma(), exec_t(), ri(10000, 999999)),
    ]


# ---------------------------------------------------------------- cassandra-clickhouse
def cass(level, thread, src, msg):
    return "%-5s [%s] %s %s - %s" % (level, thread, comma(), src, msg)


def ch(level, logger, msg, qid=True):
    d = dt()
    return "%s.%06d [ %d ] {%s} <%s> %s: %s" % (d.strftime("%Y.%m.%d %H:%M:%S"), d.microsecond, ri(40, 9000), uuid() if qid else "", level, logger, msg)


def chj(level, logger, msg):
    d = dt()
    return js({"date_time_utc": iso(d, 6), "date_time": "%d.%06d" % (epoch(d), d.microsecond), "thread_name": "", "thread_id": str(ri(40, 9000)), "level": level, "query_id": uuid(), "logger_name": logger, "message": msg, "source_file": "src/Interpreters/executeQuery.cpp", "source_line": str(ln(221))})


def stack_ch():
    fns = ["DB::Exception::Exception(DB::Exception::MessageMasked&&, int, bool)", "DB::Exception::Exception<String>(int, FormatStringHelperImpl<...>, String&&)", "DB::InterpreterSelectQuery::InterpreterSelectQuery(...)", "DB::executeQuery(...)"]
    return "\n".join("%d. %s @ 0x%s in /usr/bin/clickhouse" % (i, f, hx(9)) for i, f in enumerate(fns))


def cc_errors():
    def tomb():
        return cass("ERROR", "ReadStage-%d" % ri(1, 32), "StorageProxy.java:%d" % ln(2111), "Scanned over 100001 tombstones during query 'SELECT * FROM shop.cart_items WHERE cart_id = %s LIMIT 5000' (last scanned row token was %d and partion key was ((%s))); query aborted" % (uuid(), ri(-9 * 10 ** 18, 9 * 10 ** 18), uuid()))

    def corrupt():
        t = ri(1, 8)
        return cass("ERROR", "CompactionExecutor:%d" % t, "CassandraDaemon.java:%d" % ln(581), "Exception in thread Thread[CompactionExecutor:%d,1,main]\norg.apache.cassandra.io.sstable.CorruptSSTableException: Corrupted: /var/lib/cassandra/data/shop/orders-%s/nb-%d-big-Data.db\n\tat org.apache.cassandra.io.sstable.format.big.BigTableScanner$KeyScanningIterator.computeNext(BigTableScanner.java:%d)\n\tat org.apache.cassandra.db.compaction.CompactionTask.runMayThrow(CompactionTask.java:%d)" % (t, hx(32), ri(1, 9999), ln(371), ln(222)))

    def flush():
        t = ri(1, 4)
        return cass("ERROR", "MemtableFlushWriter:%d" % t, "CassandraDaemon.java:%d" % ln(581), "Exception in thread Thread[MemtableFlushWriter:%d,5,main]\norg.apache.cassandra.io.FSWriteError: java.io.IOException: No space left on device\n\tat org.apache.cassandra.io.util.SequentialWriter.syncDataOnlyInternal(SequentialWriter.java:%d)\n\tat org.apache.cassandra.db.Memtable$FlushRunnable.writeSortedContents(Memtable.java:%d)" % (t, ln(190), ln(477)))

    def native():
        return cass("ERROR", "Native-Transport-Requests-%d" % ri(1, 128), "ErrorMessage.java:%d" % ln(457), "Unexpected exception during request\njava.lang.AssertionError: null\n\tat org.apache.cassandra.db.rows.BTreeRow.getCell(BTreeRow.java:%d)\n\tat org.apache.cassandra.cql3.selection.ResultSetBuilder.add(ResultSetBuilder.java:%d)" % (ln(224), ln(98)))

    def commitlog():
        return cass("ERROR", "main", "JVMStabilityInspector.java:%d" % ln(196), "Exiting due to error while processing commit log during initialization.\norg.apache.cassandra.db.commitlog.CommitLogReadHandler$CommitLogReadException: Could not read commit log descriptor in file /var/lib/cassandra/commitlog/CommitLog-7-%d.log" % ri(10 ** 12, 2 * 10 ** 12))

    def driver():
        return "%s ERROR [%s] c.s.orders.OrderDao - insert failed for order %d\ncom.datastax.oss.driver.api.core.servererrors.WriteTimeoutException: Cassandra timeout during SIMPLE write query at consistency LOCAL_QUORUM (%d replica were required but only %d acknowledged the write)\n\tat com.datastax.oss.driver.api.core.servererrors.WriteTimeoutException.copy(WriteTimeoutException.java:%d)" % (comma(), "s0-io-%d" % ri(0, 8), ri(10000, 999999), 2, 1, ln(96))

    def unknown_table():
        return ch("Error", "executeQuery", "Code: 60. DB::Exception: Table analytics.%s does not exist. (UNKNOWN_TABLE) (version 24.8.4.13 (official build)) (from %s:%d) (in query: SELECT count() FROM analytics.%s WHERE event_date = today()), Stack trace (when copying this message, always include the lines below):\n\n%s" % ((lambda t: (t, ip10(), port(), t))(pick(["events_v3", "sessions_daily", "clicks_raw"])) + (stack_ch(),)))

    def mem_query():
        return ch("Error", "executeQuery", "Code: 241. DB::Exception: Memory limit (for query) exceeded: would use %.2f GiB (attempt to allocate chunk of %d bytes), maximum: 9.31 GiB.: While executing AggregatingTransform. (MEMORY_LIMIT_EXCEEDED) (version 24.8.4.13 (official build)) (from %s:%d) (in query: SELECT user_id, uniqExact(session_id) FROM analytics.events GROUP BY user_id)" % (9.31 + ri(0, 30) / 100, pick([4194304, 8388608, 2097152]), ip10(), port()))

    def mem_total():
        d = dt()
        return "%s.%06d [ %d ] {} <Error> void DB::MergeTreeBackgroundExecutor<DB::DynamicRuntimeQueue>::routine(TaskRuntimeDataPtr) [Queue = DB::DynamicRuntimeQueue]: Code: 241. DB::Exception: Memory limit (total) exceeded: would use %.2f GiB (attempt to allocate chunk of %d bytes), maximum: 28.80 GiB. OvercommitTracker decision: Memory overcommit isn't used. Waiting time or overcommit denominator are set to zero.: (while reading column user_id): While executing MergeTreeSequentialSource. (MEMORY_LIMIT_EXCEEDED)" % (d.strftime("%Y.%m.%d %H:%M:%S"), d.microsecond, ri(40, 9000), 28.8 + ri(0, 40) / 100, pick([4194304, 1048576]))

    def broken_pipe():
        return ch("Error", "TCPHandler", "Code: 210. DB::NetException: I/O error: Broken pipe, while writing to socket (%s:9000 -> %s:%d). (NETWORK_ERROR), Stack trace (when copying this message, always include the lines below):\n\n0. DB::NetException::NetException(...) @ 0x%s in /usr/bin/clickhouse" % (ip10(), ip10(), port(), hx(9)), qid=False)

    def fatal():
        d = dt()
        pre = "%s.%06d [ %d ] {} <Fatal> BaseDaemon: " % (d.strftime("%Y.%m.%d %H:%M:%S"), d.microsecond, ri(40, 9000))
        tid = ri(100, 9000)
        lines = ["########## Short fault info ############", "(version 24.8.4.13 (official build), build id: %s, git hash: %s) (from thread %d) Received signal 11" % (HX(40), hx(40), tid),
                 "Signal description: Segmentation fault", "Address: 0x%s. Access: read. Address not mapped to object.", "Stack trace: 0x%s 0x%s 0x%s" % (hx(12), hx(12), hx(12))]
        lines[3] = lines[3] % hx(12)
        return "\n".join(pre + l for l in lines)

    def too_many_parts():
        return chj("Error", "executeQuery", "Code: 252. DB::Exception: Too many parts (%d with average size of %.2f MiB) in table 'analytics.events (%s)'. Merges are processing significantly slower than inserts. (TOO_MANY_PARTS) (version 24.8.4.13 (official build)) (from %s:%d) (in query: INSERT INTO analytics.events FORMAT RowBinary)" % (ri(300, 900), ri(50, 300) / 100, uuid(), ip10(), port()))

    def syntax():
        return chj("Error", "executeQuery", "Code: 62. DB::Exception: Syntax error: failed at position %d ('%s') (line 1, col %d): %s FROM analytics.events WHERE event_date >= '2026-12-0%d' ORDER BY ts DESC LIMIT 100. Expected one of: token, Comma, FROM. (SYNTAX_ERROR) (version 24.8.4.13 (official build)) (from %s:%d)" % ((lambda p: (p, pick(["FROMM", "WHER", "LIMT"]), p))(ri(20, 120)) + (pick(["SELECT ts, user_id", "SELECT *"]), ri(1, 6), ip10(), port())))

    return [
        ("cassandra-tombstone-overwhelming-cart-items", ri(4, 6), tomb),
        ("cassandra-compaction-corrupt-sstable", ri(4, 5), corrupt),
        ("cassandra-flush-writer-no-space", ri(4, 5), flush),
        ("cassandra-native-transport-assertion", ri(4, 6), native),
        ("cassandra-commitlog-init-exit", ri(4, 5), commitlog),
        ("cassandra-driver-write-timeout", ri(4, 6), driver),
        ("clickhouse-unknown-table", ri(4, 6), unknown_table),
        ("clickhouse-memory-limit-for-query", ri(4, 6), mem_query),
        ("clickhouse-memory-limit-total-merge", ri(4, 5), mem_total),
        ("clickhouse-tcp-broken-pipe", ri(4, 6), broken_pipe),
        ("clickhouse-fatal-signal-11", ri(4, 5), fatal),
        ("clickhouse-too-many-parts", ri(4, 6), too_many_parts),
        ("clickhouse-syntax-error", ri(4, 6), syntax),
    ]


def cc_ok():
    return [
        lambda: cass("INFO", "CompactionExecutor:%d" % ri(1, 8), "CompactionTask.java:%d" % ln(241), "Compacted (%s) %d sstables to [/var/lib/cassandra/data/shop/orders-%s/nb-%d-big,] to level=0.  %.3fMiB to %.3fMiB (~%d%% of original) in %dms." % (uuid(), ri(2, 8), hx(32), ri(1, 9999), ri(10, 900) / 10, ri(10, 900) / 10, ri(40, 99), ri(50, 9000))),
        lambda: cass("INFO", "Service Thread", "GCInspector.java:%d" % ln(294), "G1 Young Generation GC in %dms.  G1 Eden Space: %d -> 0; G1 Old Gen: %d -> %d" % (ri(201, 900), ri(10 ** 8, 10 ** 9), ri(10 ** 8, 10 ** 9), ri(10 ** 8, 10 ** 9))),
        lambda: cass("WARN", "ReadStage-%d" % ri(1, 32), "ReadCommand.java:%d" % ln(596), "Read %d live rows and %d tombstone cells for query SELECT * FROM shop.cart_items WHERE cart_id = %s LIMIT 5000; token %d (see tombstone_warn_threshold)" % (ri(1, 900), ri(1001, 99999), uuid(), ri(-9 * 10 ** 18, 9 * 10 ** 18))),
        lambda: cass("WARN", "Native-Transport-Requests-%d" % ri(1, 128), "BatchStatement.java:%d" % ln(302), "Batch for [shop.order_lines] is of size %.3fKiB, exceeding specified threshold of 5.000KiB by %.3fKiB." % (5 + ri(1, 900) / 100, ri(1, 900) / 100)),
        lambda: cass("INFO", "GossipStage:1", "Gossiper.java:%d" % ln(1316), "InetAddress /%s:7000 is now DOWN" % ip10()),
        lambda: cass("WARN", "ScheduledTasks:1", "NoSpamLogger.java:%d" % ln(95), "Some operations were slow, details available at debug level (debug.log)"),
        lambda: cass("INFO", "HintsDispatcher:%d" % ri(1, 4), "HintsDispatchExecutor.java:%d" % ln(292), "Finished hinted handoff of file %s-%d-2.hints to endpoint /%s:7000: %s, partially" % (uuid(), epoch_ms(), ip10(), uuid())),
        lambda: ch("Information", "Application", "Ready for connections.", qid=False),
        lambda: ch("Warning", "Application", "Listen [::]:%d failed: Poco::Exception. Code: 1000, e.code() = 0, DNS error: EAI: Address family for hostname not supported (version 24.8.4.13 (official build)). If it is an IPv6 or IPv4 address and your host has disabled IPv6 or IPv4, then consider to specify not disabled IPv4 or IPv6 address to listen in <listen_host> element of configuration file. Example for disabled IPv6: <listen_host>0.0.0.0</listen_host> . Example for disabled IPv4: <listen_host>::</listen_host>" % pick([9009, 8123, 9000]), qid=False),
        lambda: ch("Debug", "executeQuery", "(from %s:%d) SELECT count() FROM analytics.events WHERE event_date = today() (stage: Complete)" % (ip10(), port())),
        lambda: ch("Information", "executeQuery", "Read %d rows, %.2f MiB in %.6f sec., %d rows/sec., %.2f MiB/sec." % (ri(1000, 10 ** 8), ri(1, 9000) / 10, ri(1, 9000) / 1000, ri(10 ** 4, 10 ** 8), ri(1, 900) / 10)),
        lambda: ch("Warning", "ZooKeeperClient", "Code: 999. Coordination::Exception: Session expired (fault injected on recv). (KEEPER_EXCEPTION), retrying in %d ms" % ri(100, 5000), qid=False),
        lambda: chj("Information", "executeQuery", "Read %d rows, %.2f MiB in %.6f sec., exceptions: 0" % (ri(1000, 10 ** 8), ri(1, 9000) / 10, ri(1, 9000) / 1000)),
        lambda: ch("Trace", "MergeTreeBackgroundExecutor", "Merged %d parts: from all_%d_%d_1 to all_%d_%d_2, errors=0" % (ri(2, 10), ri(1, 900), ri(901, 2000), ri(1, 900), ri(901, 2000)), qid=False),
    ]


def families():
    return [("tomcat-jetty", tj_errors(), tj_ok()), ("cassandra-clickhouse", cc_errors(), cc_ok())]
