"""Families: fareshop-micronaut4-kotlin-netty-ecs, ndc-gateway-cxf4-tomcat10-soap.

The invented airline and travel-booking company "kestrelway" (ap-southeast-1, domain kestrelway.example) runs its
fare-search/shopping API as a Kotlin Micronaut 4 service on ECS Fargate (logback with Micronaut's default pattern
`%d{HH:mm:ss.SSS} [%thread] %-5level %logger{36} - %msg%n` without colours, awslogs with a multiline pattern on the
time so stack traces stay in the event; the HTTP access logger enabled), and an NDC/GDS integration gateway (Apache
CXF 4 JAX-WS on Tomcat 10.1, EC2, java.util.logging with Tomcat's OneLineFormatter; CXF's LoggingFeature prints each
SOAP exchange as one multi-line REQ_OUT/RESP_IN record)."""
from common import (hexs, alnum, lower, upper, letters_up, digits, uuid, ip10, pubip, pick, build, ACCT, REGION,
                    hmsm, clf_ts, tomcat_ts, iso)

AIRPORTS = ["SIN", "BKK", "KUL", "CGK", "MNL", "HKG", "NRT", "ICN", "SYD", "MEL", "PER", "DPS", "HAN", "SGN", "TPE", "DEL", "BOM", "DXB"]


def route(R):
    a = pick(R, AIRPORTS)
    b = pick(R, [x for x in AIRPORTS if x != a])
    return a, b


def date(R):
    return "2030-%02d-%02d" % (R.randint(5, 12), R.randint(1, 28))


def pnr(R):
    return "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))


# ---------------------------------------------------------------- fareshop-micronaut4-kotlin-netty-ecs
F1 = "fareshop-micronaut4-kotlin-netty-ecs"
UA = ["KestrelwayApp/8.2.1 (iPhone; iOS 19.1)", "KestrelwayApp/8.2.0 (Android 15; Pixel 9)", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/138.0 Safari/537.36",
      "kw-metasearch-bridge/3.4 (skyscout)", "Mozilla/5.0 (Macintosh; Intel Mac OS X 15_2) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.2 Safari/605.1.15"]


def mn(R, lvl, logger, msg, thread=None):
    th = thread or pick(R, ["default-nioEventLoopGroup-1-%d" % R.randint(1, 8), "io-executor-thread-%d" % R.randint(1, 24), "scheduled-executor-thread-%d" % R.randint(1, 4)])
    return "%s [%s] %-5s %s - %s" % (hmsm(R), th, lvl, logger, msg)


def access(R, method, path, status, size=None):
    return mn(R, "INFO", "HTTP_ACCESS_LOGGER", "%s - - [%s] \"%s %s HTTP/1.1\" %d %d" % (ip10(R, 20), clf_ts(R), method, path, status, size if size is not None else R.randint(200, 90000)),
              "default-nioEventLoopGroup-1-%d" % R.randint(1, 8))


def search_q(R):
    o, d = route(R)
    return "/v2/search?origin=%s&destination=%s&departureDate=%s&adults=%d&cabin=%s" % (o, d, date(R), R.randint(1, 4), pick(R, ["ECONOMY", "PREMIUM_ECONOMY", "BUSINESS"]))


def frames(R, lines):
    return "\n".join("\tat " + l for l in lines)


def e_redis(R):
    # the fare-cache ElastiCache user's password was rotated in Secrets Manager; the tasks kept the old one, so every
    # search that needs the cache fails with WRONGPASS when Lettuce reconnects
    host = "fare-cache.k7w2xq.ng.0001.apse1.cache.amazonaws.com"
    t = R.random()
    if t < 0.5:
        return mn(R, "ERROR", "i.m.http.server.RouteExecutor", "Unexpected error occurred: Unable to connect to %s/<unresolved>:6379\n"
                  "io.lettuce.core.RedisConnectionException: Unable to connect to %s/<unresolved>:6379\n"
                  "\tat io.lettuce.core.RedisConnectionException.create(RedisConnectionException.java:78)\n"
                  "\tat io.lettuce.core.RedisClient.getConnection(RedisClient.java:350)\n"
                  "\tat com.kestrelway.fareshop.cache.FareCache.lookup(FareCache.kt:%d)\n"
                  "\tat com.kestrelway.fareshop.search.SearchService.search(SearchService.kt:%d)\n"
                  "Caused by: io.lettuce.core.RedisCommandExecutionException: WRONGPASS invalid username-password pair or user is disabled.\n"
                  "\tat io.lettuce.core.internal.ExceptionFactory.createExecutionException(ExceptionFactory.java:147)\n"
                  "\t... %d common frames omitted" % (host, host, R.randint(40, 90), R.randint(60, 140), R.randint(30, 60)))
    if t < 0.8:
        return mn(R, "WARN", "i.l.core.protocol.ConnectionWatchdog", "Cannot reconnect to [%s/<unresolved>:6379]: WRONGPASS invalid username-password pair or user is disabled." % host, "lettuce-eventExecutorLoop-1-%d" % R.randint(1, 4))
    o, d = route(R)
    return mn(R, "ERROR", "c.k.fareshop.search.SearchService", "search %s failed for %s-%s %s: fare cache unavailable (RedisConnectionException: WRONGPASS), returning 503" % (uuid(R), o, d, date(R)))


def e_ndctimeout(R):
    # release 4.18 set micronaut.http.services.ndc-gateway.read-timeout to 2s; partner AirShopping answers take 3-6 s
    o, d = route(R)
    t = R.random()
    if t < 0.55:
        return mn(R, "ERROR", "c.k.fareshop.ndc.NdcShoppingClient", "AirShopping %s-%s %s via ndc-gateway failed after %dms\n"
                  "io.micronaut.http.client.exceptions.ReadTimeoutException: Read Timeout\n"
                  "\tat io.micronaut.http.client.exceptions.ReadTimeoutException.<clinit>(ReadTimeoutException.java:26)\n"
                  "\tat io.micronaut.http.client.netty.DefaultHttpClient.lambda$exchangeImpl$34(DefaultHttpClient.java:1199)\n"
                  "\tat reactor.core.publisher.FluxOnErrorResume$ResumeSubscriber.onError(FluxOnErrorResume.java:94)\n"
                  "\tat com.kestrelway.fareshop.ndc.NdcShoppingClient.shop(NdcShoppingClient.kt:%d)" % (o, d, date(R), R.randint(2000, 2012), R.randint(50, 120)))
    if t < 0.8:
        return mn(R, "WARN", "c.k.fareshop.search.SearchService", "search %s %s-%s returned 0 offers: %d of %d NDC sources timed out (read-timeout=2s)" % (uuid(R), o, d, R.randint(3, 4), 4))
    return access(R, "GET", search_q(R), 504, R.randint(90, 140))


def e_fx(R):
    # the FX-rate loader's S3 read is denied since the bucket moved to a KMS key the task role may not use; prices in
    # non-SGD currencies cannot be computed once the table is stale
    t = R.random()
    if t < 0.5:
        return mn(R, "ERROR", "c.k.fareshop.fx.FxRateLoader", "FX rate refresh failed for s3://kw-pricing-ref-apse1/fx/2030-05-%02d/rates.json\n"
                  "software.amazon.awssdk.services.s3.model.S3Exception: User: arn:aws:sts::%s:assumed-role/kw-fareshop-task/%s is not authorized to perform: kms:Decrypt on the resource associated with this ciphertext because the resource does not exist in this Region, no resource-based policies allow access, or a resource-based policy explicitly denies access (Service: S3, Status Code: 403, Request ID: %s)\n"
                  "\tat software.amazon.awssdk.services.s3.model.S3Exception$BuilderImpl.build(S3Exception.java:104)\n"
                  "\tat software.amazon.awssdk.core.internal.http.CombinedResponseHandler.handleErrorResponse(CombinedResponseHandler.java:125)\n"
                  "\tat com.kestrelway.fareshop.fx.FxRateLoader.refresh(FxRateLoader.kt:%d)" % (R.randint(2, 28), ACCT, hexs(R, 32), upper(R, 16), R.randint(30, 70)), "scheduled-executor-thread-%d" % R.randint(1, 4))
    cur = pick(R, ["AUD", "JPY", "KRW", "THB", "IDR", "INR", "USD", "HKD"])
    return mn(R, "ERROR", "c.k.fareshop.pricing.PriceConverter", "cannot price offer %s in %s: FX table is %dh old (max 6h), offer dropped" % (upper(R, 20), cur, R.randint(7, 60)))


def e_oom(R):
    # the 30-day low-fare calendar loads every priced itinerary for the month into memory; 1.5 GiB heap in a 2 GiB task
    t = R.random()
    if t < 0.45:
        return mn(R, "ERROR", "i.m.http.server.RouteExecutor", "Unexpected error occurred: Java heap space\n"
                  "java.lang.OutOfMemoryError: Java heap space\n"
                  "\tat java.base/java.util.Arrays.copyOf(Arrays.java:3541)\n"
                  "\tat java.base/java.util.ArrayList.grow(ArrayList.java:237)\n"
                  "\tat com.kestrelway.fareshop.calendar.LowFareCalendar.collect(LowFareCalendar.kt:%d)\n"
                  "\tat com.kestrelway.fareshop.calendar.CalendarController.month(CalendarController.kt:%d)" % (R.randint(80, 160), R.randint(30, 60)))
    if t < 0.75:
        # -XX:+ExitOnOutOfMemoryError: the JVM names the thread and exits; the task is replaced
        return "Exception in thread \"io-executor-thread-%d\" java.lang.OutOfMemoryError: Java heap space\nTerminating due to java.lang.OutOfMemoryError: Java heap space" % R.randint(1, 400)
    o, d = route(R)
    return access(R, "GET", "/v2/calendar?origin=%s&destination=%s&month=2030-%02d&cabin=ECONOMY" % (o, d, R.randint(6, 12)), 500, R.randint(90, 160))


def e_serde(R):
    # the Micronaut Serialization migration missed @Serdeable on FareFamily; every /v2/offers response with branded
    # fares fails to encode
    oid = upper(R, 20)
    t = R.random()
    if t < 0.55:
        return mn(R, "ERROR", "i.m.h.s.netty.RoutingInBoundHandler", "Error encoding response: No serializable introspection present for type FareFamily. Consider adding Serdeable. annotate to type FareFamily. Alternatively if you are not in control of the project's source code, you can use @SerdeImport(FareFamily.class) to enable serialization of this type.\n"
                  "io.micronaut.serde.exceptions.SerdeException: No serializable introspection present for type FareFamily. Consider adding Serdeable. annotate to type FareFamily.\n"
                  "\tat io.micronaut.serde.support.DefaultSerdeRegistry.findSerializer(DefaultSerdeRegistry.java:%d)\n"
                  "\tat io.micronaut.serde.support.serializers.ObjectSerializer.serialize(ObjectSerializer.java:%d)\n"
                  "\tat io.micronaut.http.server.netty.RoutingInBoundHandler.encodeHttpResponse(RoutingInBoundHandler.java:%d)" % (R.randint(300, 420), R.randint(60, 120), R.randint(400, 520)))
    return access(R, "GET", "/v2/offers/%s?include=fareFamilies" % oid, 500, R.randint(60, 120))


def fareshop_negs():
    def n_access(R):
        p = pick(R, [search_q(R), "/v2/offers/%s" % upper(R, 20), "/v2/offers/%s/price" % upper(R, 20), "/v2/airports?q=%s" % pick(R, ["sin", "ban", "kual", "syd", "tok"]), "/v2/calendar?origin=SIN&destination=%s&month=2030-%02d&cabin=ECONOMY" % (pick(R, AIRPORTS[1:]), R.randint(6, 12))])
        return access(R, "GET" if "/price" not in p else "POST", p, pick(R, [200, 200, 200, 200, 304]))

    def n_health(R):
        return access(R, "GET", pick(R, ["/health", "/health/readiness", "/health/liveness"]), 200, R.randint(40, 400))

    def n_start(R):
        return mn(R, "INFO", "io.micronaut.runtime.Micronaut", "Startup completed in %dms. Server Running: http://ip-%s.%s.compute.internal:8080" % (R.randint(700, 2600), ip10(R, 20).replace(".", "-"), REGION), "main")

    def n_search_ok(R):
        o, d = route(R)
        return mn(R, "INFO", "c.k.fareshop.search.SearchService", "search %s %s-%s %s pax=%d offers=%d sources=4 timedOut=0 cacheHit=%s took=%dms" % (uuid(R), o, d, date(R), R.randint(1, 5), R.randint(8, 240), pick(R, ["true", "false"]), R.randint(300, 1900)))

    def n_cache_debug(R):
        return mn(R, "DEBUG", "c.k.fareshop.cache.FareCache", "fare cache %s key=fs:%s:%s:%s ttl=%ds" % (pick(R, ["HIT", "MISS", "PUT"]), "-".join(route(R)), date(R), hexs(R, 12), R.randint(60, 900)))

    def n_fare_gone(R):
        # expected business outcome: the fare sold out between search and price
        return mn(R, "WARN", "c.k.fareshop.pricing.OfferPricer", "offer %s no longer available at price time (booking class %s sold out), client told to re-shop" % (upper(R, 20), pick(R, "YBMHKLQVWTN")))

    def n_bad_request(R):
        return mn(R, "WARN", "c.k.fareshop.search.SearchController", "rejected search request: %s" % pick(R, ["departureDate: must be a date in the present or in the future", "adults: must be less than or equal to 9", "origin: size must be between 3 and 3", "destination equals origin (%s)" % pick(R, AIRPORTS)]))

    def n_400(R):
        return access(R, "GET", "/v2/search?origin=%s&destination=%s&departureDate=2030-04-%02d&adults=1" % (pick(R, AIRPORTS), pick(R, AIRPORTS), R.randint(1, 28)), 400, R.randint(120, 300))

    def n_reconnect(R):
        # Lettuce reconnecting after a failover, then succeeding
        return mn(R, "INFO", "i.l.core.protocol.ReconnectionHandler", "Reconnected to fare-cache.k7w2xq.ng.0001.apse1.cache.amazonaws.com/<unresolved>:6379", "lettuce-nioEventLoop-4-%d" % R.randint(1, 4))

    def n_reconnecting(R):
        return mn(R, "INFO", "i.l.core.protocol.ConnectionWatchdog", "Reconnecting, last destination was fare-cache.k7w2xq.ng.0001.apse1.cache.amazonaws.com/%s:6379" % ip10(R, 21), "lettuce-eventExecutorLoop-1-%d" % R.randint(1, 4))

    def n_conn_reset(R):
        # client went away mid-response
        return mn(R, "WARN", "i.n.channel.DefaultChannelPipeline", "An exceptionCaught() event was fired, and it reached at the tail of the pipeline. It usually means the last handler in the pipeline did not handle the exception.\njava.net.SocketException: Connection reset\n\tat java.base/sun.nio.ch.SocketChannelImpl.throwConnectionReset(SocketChannelImpl.java:401)\n\tat java.base/sun.nio.ch.SocketChannelImpl.read(SocketChannelImpl.java:434)\n\tat io.netty.buffer.PooledByteBuf.setBytes(PooledByteBuf.java:255)", "default-nioEventLoopGroup-1-%d" % R.randint(1, 8))

    def n_fx_ok(R):
        return mn(R, "INFO", "c.k.fareshop.fx.FxRateLoader", "FX rates refreshed: %d currencies, base SGD, asOf 2030-05-%02dT%02d:00:00Z, errors=0" % (R.randint(28, 34), R.randint(2, 28), R.randint(0, 23)), "scheduled-executor-thread-%d" % R.randint(1, 4))

    def n_ndc_retry(R):
        o, d = route(R)
        return mn(R, "INFO", "c.k.fareshop.ndc.NdcShoppingClient", "AirShopping %s-%s retry 1/2 after HTTP 503 from ndc-gateway succeeded in %dms" % (o, d, R.randint(400, 1800)))

    def n_metrics(R):
        return mn(R, "INFO", "c.k.fareshop.metrics.SearchStats", "last 60s: searches=%d p50=%dms p99=%dms ndcErrors=0 cacheHitRatio=%.2f" % (R.randint(300, 2400), R.randint(300, 800), R.randint(1200, 1900), R.uniform(0.4, 0.8)), "scheduled-executor-thread-%d" % R.randint(1, 4))

    def n_price_ok(R):
        return mn(R, "INFO", "c.k.fareshop.pricing.OfferPricer", "offer %s priced: %s %.2f (base %.2f, taxes %.2f) ttl=%dmin" % (upper(R, 20), pick(R, ["SGD", "AUD", "JPY", "THB", "USD"]), R.uniform(80, 3000), R.uniform(60, 2500), R.uniform(10, 300), R.choice([15, 20, 30])))

    def n_serde_debug(R):
        return mn(R, "DEBUG", "c.k.fareshop.offers.OfferController", "offer %s: %d fare families (%s)" % (upper(R, 20), R.randint(1, 4), ",".join(R.sample(["LITE", "VALUE", "FLEX", "BUSINESS_SAVER", "BUSINESS_FLEX"], 2))))

    return [n_access, n_access, n_health, n_start, n_search_ok, n_search_ok, n_cache_debug, n_fare_gone, n_bad_request, n_400, n_reconnect, n_reconnecting,
            n_conn_reset, n_fx_ok, n_ndc_retry, n_metrics, n_price_ok, n_serde_debug]


def fareshop(R):
    return build(R, F1, [("fare-cache-redis-password-rotated", e_redis), ("ndc-client-read-timeout-2s", e_ndctimeout),
                         ("fx-bucket-kms-decrypt-denied", e_fx), ("low-fare-calendar-heap-oom", e_oom),
                         ("farefamily-missing-serdeable", e_serde)], fareshop_negs())


# ---------------------------------------------------------------- ndc-gateway-cxf4-tomcat10-soap
F2 = "ndc-gateway-cxf4-tomcat10-soap"
NS = "http://www.iata.org/IATA/2015/EASD/00/IATA_OffersAndOrdersMessage"


def tc(R, lvl, thread, src, msg):
    return "%s %s [%s] %s %s" % (tomcat_ts(R), lvl, thread, src, msg)


def exec_th(R):
    return "https-jsse-nio-8443-exec-%d" % R.randint(1, 200)


def cxf_event(R, kind, addr, code, payload, op):
    lines = [kind]
    if kind == "RESP_IN":
        lines.append("    ResponseCode: %d" % code)
    lines += ["    Address: %s" % addr]
    if kind == "REQ_OUT":
        lines.append("    HttpMethod: POST")
    lines += ["    Content-Type: text/xml;charset=UTF-8", "    ExchangeId: %s" % uuid(R),
              "    ServiceName: NdcPartnerService", "    PortName: NdcPartnerPort", "    PortTypeName: NdcPartnerPortType",
              "    Headers: {SOAPAction=\"\\\"%s\\\"\", Accept=*/*%s}" % (op, ", Content-Length=%d" % R.randint(800, 90000) if kind == "RESP_IN" else ""),
              "    Payload: " + payload]
    return tc(R, "INFO", exec_th(R), "org.apache.cxf.ext.logging.slf4j.Slf4jEventSender.send", "\n".join(lines))


PARTNERS = {"skylink": "https://ndc.skylink-hub.example/ndc/21.3", "orchid": "https://api.orchidair.example/ndc/v2",
            "meridian": "https://gateway.meridian-gds.example/ndc"}


def e_wss(R):
    # the Skylink hub forced a password rotation for the gateway's WS-Security UsernameToken; the old password is
    # still in the gateway's config, so every call to that partner is refused
    op = pick(R, ["AirShopping", "OfferPrice", "OrderCreate", "OrderRetrieve"])
    t = R.random()
    if t < 0.4:
        return cxf_event(R, "RESP_IN", PARTNERS["skylink"], 500, "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body><soap:Fault><faultcode xmlns:wsse=\"http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd\">wsse:FailedAuthentication</faultcode><faultstring>The security token could not be authenticated or authorized</faultstring></soap:Fault></soap:Body></soap:Envelope>", op)
    if t < 0.75:
        return tc(R, "WARNING", exec_th(R), "org.apache.cxf.phase.PhaseInterceptorChain.doDefaultLogging",
                  "Interceptor for {http://ndc.skylink-hub.example/2130}NdcPartnerService#{http://ndc.skylink-hub.example/2130}%s has thrown exception, unwinding now\n"
                  "org.apache.cxf.binding.soap.SoapFault: The security token could not be authenticated or authorized\n"
                  "\tat org.apache.cxf.binding.soap.interceptor.Soap11FaultInInterceptor.unmarshalFault(Soap11FaultInInterceptor.java:87)\n"
                  "\tat org.apache.cxf.binding.soap.interceptor.Soap11FaultInInterceptor.handleMessage(Soap11FaultInInterceptor.java:53)\n"
                  "\tat org.apache.cxf.phase.PhaseInterceptorChain.doIntercept(PhaseInterceptorChain.java:307)" % op)
    return tc(R, "SEVERE", exec_th(R), "com.kestrelway.ndc.partner.PartnerRouter.dispatch",
              "%s to skylink failed for agency %s (office %s): wsse:FailedAuthentication" % (op, pick(R, ["KWWEB", "KWAPP", "TMC-ORCHARD", "TMC-HARBOUR"]), "SIN%s2%s" % (letters_up(R, 2), digits(R, 3))))


def e_pkix(R):
    # Orchid Air moved its NDC API to a certificate from a new private CA; the gateway's truststore lacks the CA
    op = pick(R, ["AirShopping", "OfferPrice", "OrderCreate", "SeatAvailability"])
    t = R.random()
    if t < 0.6:
        return tc(R, "WARNING", exec_th(R), "org.apache.cxf.phase.PhaseInterceptorChain.doDefaultLogging",
                  "Interceptor for {http://api.orchidair.example/ndc}NdcPartnerService#{http://api.orchidair.example/ndc}%s has thrown exception, unwinding now\n"
                  "org.apache.cxf.interceptor.Fault: Could not send Message.\n"
                  "\tat org.apache.cxf.interceptor.MessageSenderInterceptor$MessageSenderEndingInterceptor.handleMessage(MessageSenderInterceptor.java:67)\n"
                  "\tat org.apache.cxf.phase.PhaseInterceptorChain.doIntercept(PhaseInterceptorChain.java:307)\n"
                  "Caused by: javax.net.ssl.SSLHandshakeException: PKIX path building failed: sun.security.provider.certpath.SunCertPathBuilderException: unable to find valid certification path to requested target\n"
                  "\tat java.base/sun.security.ssl.Alert.createSSLException(Alert.java:130)\n"
                  "\tat java.base/sun.security.ssl.CertificateMessage$T13CertificateConsumer.checkServerCerts(CertificateMessage.java:%d)\n"
                  "\t... %d more" % (op, R.randint(1300, 1360), R.randint(20, 40)))
    return tc(R, "SEVERE", exec_th(R), "com.kestrelway.ndc.partner.PartnerRouter.dispatch",
              "%s to orchid failed: javax.net.ssl.SSLHandshakeException: PKIX path building failed (host api.orchidair.example)" % op)


def e_unmarshal(R):
    # Meridian upgraded its responses to the NDC 21.3 namespace; the gateway's JAXB bindings are still 19.2, so every
    # AirShoppingRS/OfferPriceRS from Meridian fails to unmarshal
    rs = pick(R, ["IATA_AirShoppingRS", "IATA_OfferPriceRS", "IATA_OrderViewRS"])
    t = R.random()
    if t < 0.65:
        return tc(R, "WARNING", exec_th(R), "org.apache.cxf.phase.PhaseInterceptorChain.doDefaultLogging",
                  "Interceptor for {http://gateway.meridian-gds.example/ndc}NdcPartnerService#{http://gateway.meridian-gds.example/ndc}%s has thrown exception, unwinding now\n"
                  "org.apache.cxf.interceptor.Fault: Unmarshalling Error: unexpected element (uri:\"http://www.iata.org/IATA/2015/EASD/00/%s\", local:\"%s\"). Expected elements are <{http://www.iata.org/IATA/2015/00/2019.2/%s}%s> \n"
                  "\tat org.apache.cxf.jaxb.JAXBEncoderDecoder.unmarshall(JAXBEncoderDecoder.java:%d)\n"
                  "\tat org.apache.cxf.jaxb.io.DataReaderImpl.read(DataReaderImpl.java:%d)\n"
                  "Caused by: jakarta.xml.bind.UnmarshalException: unexpected element (uri:\"http://www.iata.org/IATA/2015/EASD/00/%s\", local:\"%s\")" % (rs[5:-2], rs, rs, rs, rs, R.randint(920, 960), R.randint(180, 200), rs, rs))
    return tc(R, "SEVERE", exec_th(R), "com.kestrelway.ndc.partner.PartnerRouter.dispatch",
              "%s from meridian could not be read (Unmarshalling Error: unexpected element %s), %d offers lost" % (rs[5:], rs, R.randint(10, 140)))


def e_metaspace(R):
    # PartnerRouter builds a new JAXBContext per request since 2.9.0; generated classes fill Metaspace (256m) and
    # every request on the instance fails until Tomcat is restarted
    t = R.random()
    if t < 0.6:
        return tc(R, "SEVERE", exec_th(R), "org.apache.catalina.core.StandardWrapperValve.invoke",
                  "Servlet.service() for servlet [CXFServlet] in context with path [/ndc] threw exception [Handler dispatch failed: java.lang.OutOfMemoryError: Metaspace] with root cause\n"
                  "java.lang.OutOfMemoryError: Metaspace\n"
                  "\tat java.base/java.lang.ClassLoader.defineClass1(Native Method)\n"
                  "\tat org.glassfish.jaxb.runtime.v2.bytecode.ClassTailor.tailor(ClassTailor.java:%d)\n"
                  "\tat org.glassfish.jaxb.runtime.v2.ContextFactory.createContext(ContextFactory.java:%d)\n"
                  "\tat com.kestrelway.ndc.partner.PartnerRouter.contextFor(PartnerRouter.java:%d)" % (R.randint(60, 120), R.randint(140, 260), R.randint(80, 140)))
    return tc(R, "SEVERE", pick(R, [exec_th(R), "Catalina-utility-%d" % R.randint(1, 2)]), "org.apache.tomcat.util.net.NioEndpoint$SocketProcessor.doRun",
              "java.lang.OutOfMemoryError: Metaspace\n\tat java.base/java.lang.ClassLoader.defineClass1(Native Method)")


def e_seatconn(R):
    # the seat-inventory service moved to port 8443 behind an internal ALB; the gateway's seatinv.endpoint still says
    # :8081, so SeatAvailability and seat-selection OrderChange calls are refused
    op = pick(R, ["SeatAvailability", "OrderChange"])
    t = R.random()
    if t < 0.55:
        return tc(R, "WARNING", exec_th(R), "org.apache.cxf.phase.PhaseInterceptorChain.doDefaultLogging",
                  "Interceptor for {http://ndc.kestrelway.example/gateway}NdcGatewayService#{http://ndc.kestrelway.example/gateway}%s has thrown exception, unwinding now\n"
                  "org.apache.cxf.interceptor.Fault: Could not send Message.\n"
                  "\tat org.apache.cxf.interceptor.MessageSenderInterceptor$MessageSenderEndingInterceptor.handleMessage(MessageSenderInterceptor.java:67)\n"
                  "Caused by: java.net.ConnectException: ConnectException invoking http://seatinv.internal.kestrelway.example:8081/v1/seatmaps/%s: Connection refused\n"
                  "\tat java.base/sun.nio.ch.Net.pollConnect(Native Method)\n"
                  "\t... %d more" % (op, "KW%d-%s" % (R.randint(100, 990), date(R)), R.randint(20, 40)))
    return tc(R, "SEVERE", exec_th(R), "com.kestrelway.ndc.seat.SeatInventoryClient.seatMap",
              "seat map for KW%d %s unavailable: Connection refused (seatinv.internal.kestrelway.example:8081)" % (R.randint(100, 990), date(R)))


def ndc_negs():
    def n_exchange_ok(R):
        p = pick(R, list(PARTNERS))
        op = pick(R, ["AirShopping", "OfferPrice", "OrderCreate", "OrderRetrieve", "SeatAvailability"])
        if R.random() < 0.5:
            return cxf_event(R, "REQ_OUT", PARTNERS[p], 0, "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Header><wsse:Security><wsse:UsernameToken><wsse:Username>KESTRELWAY_NDC</wsse:Username><wsse:Password>***</wsse:Password></wsse:UsernameToken></wsse:Security></soap:Header><soap:Body><IATA_%sRQ xmlns=\"%s\">...</IATA_%sRQ></soap:Body></soap:Envelope>" % (op, NS, op), op)
        return cxf_event(R, "RESP_IN", PARTNERS[p], 200, "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body><IATA_%sRS xmlns=\"%s\"><Response>...%d offers...</Response></IATA_%sRS></soap:Body></soap:Envelope>" % (op, NS, R.randint(1, 300), op), op)

    def n_offer_expired(R):
        # partner's business error (offer expired), passed back to the agency as an NDC Error
        return cxf_event(R, "RESP_IN", PARTNERS[pick(R, list(PARTNERS))], 200, "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body><IATA_OrderViewRS xmlns=\"%s\"><Error><Code>%s</Code><DescText>%s</DescText></Error></IATA_OrderViewRS></soap:Body></soap:Envelope>" % (NS, pick(R, ["911", "OFFER_EXPIRED", "NO_SEATS"]), pick(R, ["Offer expired", "Requested offer is no longer available", "Flight sold out in requested cabin"])), "OrderCreate")

    def n_client_bad_xml(R):
        # an agency system sent an invalid request to our endpoint (their bug); CXF answers with a client fault
        return tc(R, "WARNING", exec_th(R), "org.apache.cxf.phase.PhaseInterceptorChain.doDefaultLogging",
                  "Interceptor for {http://ndc.kestrelway.example/gateway}NdcGatewayService#{http://ndc.kestrelway.example/gateway}%s has thrown exception, unwinding now\n"
                  "org.apache.cxf.interceptor.Fault: Unmarshalling Error: cvc-complex-type.2.4.a: Invalid content was found starting with element '%s'. One of '{\"%s\":%s}' is expected." % (pick(R, ["AirShopping", "OrderCreate"]), pick(R, ["PaxList", "Pax", "ShoppingCriteria"]), NS, pick(R, ["PaxID", "OriginDestCriteria", "PTC"])))

    def n_app_ok(R):
        return tc(R, "INFO", exec_th(R), "com.kestrelway.ndc.partner.PartnerRouter.dispatch", "%s via %s ok in %dms (agency %s, offers=%d)" % (pick(R, ["AirShopping", "OfferPrice", "OrderRetrieve"]), pick(R, list(PARTNERS)), R.randint(300, 5000), pick(R, ["KWWEB", "KWAPP", "TMC-ORCHARD", "TMC-HARBOUR"]), R.randint(0, 300)))

    def n_order_ok(R):
        return tc(R, "INFO", exec_th(R), "com.kestrelway.ndc.order.OrderService.create", "OrderCreate ok: order %s pnr %s pax=%d total=%s %.2f" % ("KW%s" % digits(R, 10), pnr(R), R.randint(1, 6), pick(R, ["SGD", "AUD", "USD"]), R.uniform(120, 9000)))

    def n_start(R):
        return pick(R, [
            tc(R, "INFO", "main", "org.apache.catalina.startup.Catalina.start", "Server startup in [%d] milliseconds" % R.randint(3000, 14000)),
            tc(R, "INFO", "main", "org.apache.coyote.AbstractProtocol.start", "Starting ProtocolHandler [\"https-jsse-nio-8443\"]"),
            tc(R, "INFO", "main", "org.apache.catalina.startup.VersionLoggerListener.log", "Server version name:   Apache Tomcat/10.1.%d" % R.randint(30, 44)),
            tc(R, "INFO", "main", "org.apache.catalina.startup.HostConfig.deployWAR", "Deployment of web application archive [/opt/tomcat/webapps/ndc.war] has finished in [%d] ms" % R.randint(4000, 12000)),
            tc(R, "INFO", "main", "org.apache.cxf.wsdl.service.factory.ReflectionServiceFactoryBean.buildServiceFromWSDL", "Creating Service {http://ndc.kestrelway.example/gateway}NdcGatewayService from WSDL: classpath:wsdl/ndc-gateway-%d.wsdl" % R.randint(1, 3)),
            tc(R, "INFO", "main", "org.apache.catalina.core.StandardService.startInternal", "Starting service [Catalina]")])

    def n_tld(R):
        return tc(R, "INFO", "main", "org.apache.jasper.servlet.TldScanner.scanJars", "At least one JAR was scanned for TLDs yet contained no TLDs. Enable debug logging for this logger for a complete list of JARs that were scanned but no TLDs were found in them. Skipping unneeded JARs during scanning can improve startup time and JSP compilation time.")

    def n_leak_warn(R):
        # the well-known warning on undeploy during a release
        return tc(R, "WARNING", "main", "org.apache.catalina.loader.WebappClassLoaderBase.clearReferencesThreads",
                  "The web application [ndc] appears to have started a thread named [%s] but has failed to stop it. This is very likely to create a memory leak. Stack trace of thread:\n java.base/jdk.internal.misc.Unsafe.park(Native Method)\n java.base/java.util.concurrent.locks.LockSupport.parkNanos(LockSupport.java:%d)" % (pick(R, ["HttpClient-%d-SelectorManager" % R.randint(1, 9), "cxf-http-client-sweeper-%d" % R.randint(1, 4), "pool-%d-thread-1" % R.randint(2, 9)]), R.randint(260, 280)))

    def n_shutdown(R):
        return pick(R, [tc(R, "INFO", "main", "org.apache.catalina.core.StandardServer.await", "A valid shutdown command was received via the shutdown port. Stopping the Server instance."),
                        tc(R, "INFO", "main", "org.apache.coyote.AbstractProtocol.pause", "Pausing ProtocolHandler [\"https-jsse-nio-8443\"]"),
                        tc(R, "INFO", "main", "org.apache.catalina.core.StandardService.stopInternal", "Stopping service [Catalina]")])

    def n_seat_ok(R):
        return tc(R, "INFO", exec_th(R), "com.kestrelway.ndc.seat.SeatInventoryClient.seatMap", "seat map KW%d %s: %d seats, %d available, took %dms" % (R.randint(100, 990), date(R), R.choice([174, 186, 232, 295]), R.randint(0, 180), R.randint(20, 300)))

    def n_retry(R):
        return tc(R, "INFO", exec_th(R), "com.kestrelway.ndc.partner.PartnerRouter.dispatch", "AirShopping via %s: HTTP 503 on attempt 1, attempt 2 ok in %dms" % (pick(R, list(PARTNERS)), R.randint(700, 4000)))

    def n_access(R):
        return "%s - - [%s] \"POST /ndc/services/NdcGateway HTTP/1.1\" %d %d %d" % (pubip(R), clf_ts(R), 200, R.randint(900, 200000), R.randint(200, 6000))

    def n_gc(R):
        return tc(R, "INFO", "Catalina-utility-%d" % R.randint(1, 2), "com.kestrelway.ndc.ops.HealthReporter.report", "health: partners up=3/3, errors_last_5m=0, heap=%d%% metaspace=%d%%" % (R.randint(20, 70), R.randint(30, 60)))

    return [n_exchange_ok, n_exchange_ok, n_exchange_ok, n_offer_expired, n_client_bad_xml, n_app_ok, n_app_ok, n_order_ok, n_start, n_tld, n_leak_warn,
            n_shutdown, n_seat_ok, n_retry, n_access, n_access, n_gc]


def ndc(R):
    return build(R, F2, [("skylink-wss-password-rotated", e_wss), ("orchid-new-ca-not-in-truststore", e_pkix),
                         ("meridian-ndc213-namespace-unmarshal", e_unmarshal), ("jaxbcontext-per-request-metaspace-oom", e_metaspace),
                         ("seatinv-endpoint-old-port", e_seatconn)], ndc_negs())


FAMILIES = {F1: fareshop, F2: ndc}
