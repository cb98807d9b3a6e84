"""Families: idbroker-shibboleth-idp5-jetty-ec2, docscan-ocrmypdf16-tesseract5-ecs.

fernvale's citizen identity broker is a Shibboleth IdP 5 on Jetty 12 (EC2, two nodes behind an ALB). It
authenticates citizens against the agency's LDAP directory, resolves attributes from the citizen registry through an
HTTP data connector, and issues SAML 2.0 assertions to the agency's service providers and to partners in a national
federation whose signed metadata aggregate it refreshes. CloudWatch receives idp-process.log (logback:
`2030-07-06 13:04:11,123 - 203.0.113.9 - INFO [logger:line] - msg`, exception stacks in the same event) and
idp-audit.log (pipe-separated fields, one line per completed flow). The document-scanning pipeline is a Python 3.12
worker on ECS that pulls jobs from SQS, runs OCRmyPDF 16 (Tesseract 5, Ghostscript) on citizens' uploaded scans and
paper mail, and attaches the searchable PDF/A to the case in case management. It logs with Python logging
(`2030-07-06 13:04:11,123 INFO docscan.worker [job=…] msg`); OCRmyPDF's own log lines (`   3 page is facing ⇧,
confidence 4.2 - no change`) and Tesseract's stderr warnings come through the same stream."""
from common import (hexs, alnum, lower, upper, digits, uuid, ip10, pubip, pick, build, ACCT, REGION, DOMAIN,
                    logback_ts, day, hms)

# ---------------------------------------------------------------- idbroker-shibboleth-idp5-jetty-ec2
B1 = "idbroker-shibboleth-idp5-jetty-ec2"
IDP = "https://idp.%s/idp/shibboleth" % DOMAIN
SPS = ["https://permits.%s/saml/metadata" % DOMAIN, "https://pay.%s/shibboleth" % DOMAIN, "https://tax.%s/shibboleth" % DOMAIN,
       "https://cases.%s/sp" % DOMAIN, "https://benefici.partner-inps.example/sp", "https://portale.regione-vicina.example/shibboleth"]


def cit(R):
    return "c%s" % digits(R, 7)


def ip_(R):
    return pick(R, [pubip(R), pubip(R), ip10(R, 20)])


def idp(R, lvl, logger, line, msg, ip=None):
    return "%s - %s - %s [%s:%d] - %s" % (logback_ts(R), ip_(R) if ip is None else ip, lvl, logger, line, msg)


def audit(R, sp, user, flow="http://shibboleth.net/ns/profiles/saml2/sso/browser", attrs="uid,mail,fiscalNumber,givenName,sn", ac="urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport"):
    return "2030%02d%02dT%s%s%sZ|urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect|_%s|%s|%s|%s|urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST|_%s|%s|%s|%s|%s|%s|false|false" % (
        7, day(R), "%02d" % R.randint(0, 23), "%02d" % R.randint(0, 59), "%02d" % R.randint(0, 59), hexs(R, 32), sp, flow, IDP, hexs(R, 32), user, ac, attrs, "AAdzZWNyZXQx" + alnum(R, 20), "_%s" % hexs(R, 32))


def e_fedmeta(R):
    # the national federation rolled its metadata signing certificate on 2030-07-01; the IdP's
    # SignatureValidationFilter still trusts only the old one, every refresh is rejected and, once the cached copy's
    # validUntil passed, partner SPs are unknown to the IdP
    t = R.random()
    if t < 0.4:
        return idp(R, "ERROR", "org.opensaml.saml.metadata.resolver.filter.impl.SignatureValidationFilter", pick(R, [370, 384]),
                   "Signature trust establishment failed for metadata entry https://federazione.national-id.example/metadata", ip="")
    if t < 0.7:
        return idp(R, "ERROR", "org.opensaml.saml.metadata.resolver.impl.AbstractReloadingMetadataResolver", 431,
                   "Metadata Resolver FileBackedHTTPMetadataResolver nationalFederation: Error occurred while attempting to refresh metadata from 'https://federazione.national-id.example/metadata/aggregate.xml'\n"
                   "org.opensaml.saml.metadata.resolver.filter.FilterException: Signature trust establishment failed for metadata entry\n"
                   "\tat org.opensaml.saml.metadata.resolver.filter.impl.SignatureValidationFilter.verifySignature(SignatureValidationFilter.java:386)\n"
                   "\tat org.opensaml.saml.metadata.resolver.filter.impl.SignatureValidationFilter.filter(SignatureValidationFilter.java:%d)\n"
                   "\tat org.opensaml.saml.metadata.resolver.impl.AbstractMetadataResolver.filterMetadata(AbstractMetadataResolver.java:%d)" % (R.randint(230, 260), R.randint(590, 610)), ip="")
    sp = pick(R, SPS[4:])
    return idp(R, "WARN", "org.opensaml.saml.common.binding.impl.SAMLMetadataLookupHandler", 161,
               "Message Handler:  No metadata returned for %s in role {urn:oasis:names:tc:SAML:2.0:metadata}SPSSODescriptor with protocol urn:oasis:names:tc:SAML:2.0:protocol (nationalFederation metadata expired %s)" % (sp, "2030-07-%02dT00:00:00Z" % R.randint(3, 5)))


def e_ldapbind(R):
    # the IdP's LDAP bind DN password was rotated in the directory; the credential in secrets.properties was not
    # updated, so the authenticator cannot search for any citizen and every login fails for everybody
    t = R.random()
    if t < 0.55:
        return idp(R, "ERROR", "net.shibboleth.idp.authn.impl.ValidateUsernamePasswordAgainstLDAP", 185,
                   "Profile Action ValidateUsernamePasswordAgainstLDAP: Exception authenticating '%s'\n"
                   "org.ldaptive.LdapException: Bind operation failed for uid=svc-shibidp,ou=services,dc=fernvale,dc=example: resultCode=INVALID_CREDENTIALS, diagnosticMessage=null\n"
                   "\tat org.ldaptive.BindOperation.execute(BindOperation.java:%d)\n"
                   "\tat org.ldaptive.auth.SearchDnResolver.resolve(SearchDnResolver.java:%d)\n"
                   "\tat org.ldaptive.auth.Authenticator.resolveDn(Authenticator.java:%d)" % (cit(R), R.randint(60, 90), R.randint(170, 200), R.randint(250, 280)))
    return idp(R, "WARN", "org.opensaml.profile.action.impl.LogEvent", 105,
               "A non-proceed event occurred while processing the request: AuthenticationException (ldap bind for uid=svc-shibidp failed, login of %s not attempted)" % cit(R))


def e_registry(R):
    # the citizen-registry attribute service moved behind a new internal ALB that only allows the old IdP subnet;
    # the HTTP data connector times out and assertions cannot be built (fiscalNumber is required by every SP)
    t = R.random()
    if t < 0.55:
        return idp(R, "ERROR", "net.shibboleth.idp.attribute.resolver.dc.http.impl.HTTPDataConnector", pick(R, [273, 281]),
                   "Data Connector 'citizenRegistry': Error fetching attributes for principal %s\n"
                   "org.apache.hc.client5.http.ConnectTimeoutException: Connect to https://anagrafe-api.int.%s:443 [anagrafe-api.int.%s/10.40.%d.%d] failed: Connect timed out\n"
                   "\tat org.apache.hc.client5.http.socket.PlainConnectionSocketFactory.connectSocket(PlainConnectionSocketFactory.java:%d)\n"
                   "\tat net.shibboleth.idp.attribute.resolver.dc.http.impl.HTTPDataConnector.retrieveAttributes(HTTPDataConnector.java:%d)" % (cit(R), DOMAIN, DOMAIN, R.randint(0, 9), R.randint(4, 250), R.randint(80, 100), R.randint(180, 200)))
    return idp(R, "ERROR", "net.shibboleth.idp.profile.impl.ResolveAttributes", 299,
               "Profile Action ResolveAttributes: Error resolving attributes for %s: Data Connector 'citizenRegistry' failed and has no failover; request for %s aborted" % (cit(R), pick(R, SPS[:4])))


def e_heap(R):
    # -Xmx1g on the IdP JVMs predates the national aggregate's growth (now ~9,000 entities, parsed twice per
    # refresh); nodes run out of heap during refresh and stop serving logins
    t = R.random()
    if t < 0.5:
        return idp(R, "ERROR", "org.opensaml.saml.metadata.resolver.impl.AbstractReloadingMetadataResolver", 431,
                   "Metadata Resolver FileBackedHTTPMetadataResolver eduAggregate: Error occurred while attempting to refresh metadata from 'https://mds.research-fed.example/aggregate.xml'\n"
                   "java.lang.OutOfMemoryError: Java heap space\n"
                   "\tat java.base/java.util.Arrays.copyOf(Arrays.java:3541)\n"
                   "\tat org.apache.xerces.dom.DeferredDocumentImpl.createChunk(Unknown Source)", ip="")
    if t < 0.8:
        return "%s:WARN :oejs.HttpChannel:qtp%d-%d: handleException /idp/profile/SAML2/Redirect/SSO java.lang.OutOfMemoryError: Java heap space" % (logback_ts(R).replace(",", "."), R.randint(10 ** 8, 2 * 10 ** 9), R.randint(20, 90))
    return "Terminating due to java.lang.OutOfMemoryError: Java heap space"


def e_taxsp(R):
    # the tax portal re-registered with new metadata that carries only a signing certificate; the IdP requires
    # encrypted assertions for it and every login to the tax portal fails
    u = cit(R)
    t = R.random()
    if t < 0.5:
        return idp(R, "ERROR", "net.shibboleth.idp.saml.saml2.profile.impl.EncryptAssertions", pick(R, [131, 139]),
                   "Profile Action EncryptAssertions: No encryption parameters available for https://tax.%s/shibboleth and encryption is mandatory, request for %s failed" % (DOMAIN, u))
    return idp(R, "WARN", "org.opensaml.profile.action.impl.LogEvent", 105, "A non-proceed event occurred while processing the request: UnableToEncrypt (relying party https://tax.%s/shibboleth)" % DOMAIN)


def idp_negs():
    def n_ok(R):
        return idp(R, "INFO", "net.shibboleth.idp.authn.impl.ValidateUsernamePasswordAgainstLDAP", 152, "Profile Action ValidateUsernamePasswordAgainstLDAP: Login by '%s' succeeded" % cit(R))

    def n_badpw(R):
        return idp(R, "INFO", "net.shibboleth.idp.authn.impl.ValidateUsernamePasswordAgainstLDAP", 165, "Profile Action ValidateUsernamePasswordAgainstLDAP: Login by '%s' failed" % cit(R))

    def n_badpw_ev(R):
        return idp(R, "WARN", "org.opensaml.profile.action.impl.LogEvent", 105, "A non-proceed event occurred while processing the request: %s" % pick(R, ["InvalidCredentials", "UnknownUsername", "AccountLocked", "NoCredentials"]))

    def n_nopassive(R):
        return idp(R, "WARN", "org.opensaml.profile.action.impl.LogEvent", 105, "A non-proceed event occurred while processing the request: %s" % pick(R, ["NoPassive", "SessionNotFound", "RequestUnsupported", "InvalidProfileConfiguration (shibboleth.UnverifiedRelyingParty)"]))

    def n_unknown_sp(R):
        return idp(R, "WARN", "org.opensaml.saml.common.binding.impl.SAMLMetadataLookupHandler", 161,
                   "Message Handler:  No metadata returned for https://%s.%s/%s in role {urn:oasis:names:tc:SAML:2.0:metadata}SPSSODescriptor with protocol urn:oasis:names:tc:SAML:2.0:protocol" % (lower(R, 6), pick(R, ["test.example", "localhost.example", "scan.example"]), pick(R, ["sp", "saml", "shibboleth"])))

    def n_audit(R):
        return audit(R, pick(R, SPS[:4]), cit(R))

    def n_audit2(R):
        return audit(R, pick(R, SPS[:4]), cit(R), ac="https://www.fernvale.example/acr/mfa-totp", attrs="uid,fiscalNumber,assurance")

    def n_session(R):
        return idp(R, "INFO", "net.shibboleth.idp.session.impl.StorageBackedSessionManager", pick(R, [262, 281]), "Created new session %s for principal %s" % (hexs(R, 64), cit(R)))

    def n_refresh(R):
        return idp(R, "INFO", "org.opensaml.saml.metadata.resolver.impl.AbstractReloadingMetadataResolver", pick(R, [392, 352]),
                   "Metadata Resolver FileBackedHTTPMetadataResolver %s: Next refresh cycle for metadata provider '%s' will occur on '2030-07-%02dT%s.%sZ' ('2030-07-%02dT%s.%s+02:00' local time)" % (
                       pick(R, ["agencySPs", "eduAggregate"]), pick(R, ["agencySPs", "eduAggregate"]), day(R), hms(R), digits(R, 3), day(R), hms(R), digits(R, 3)), ip="")

    def n_notmod(R):
        return idp(R, "INFO", "org.opensaml.saml.metadata.resolver.impl.HTTPMetadataResolver", 212, "Metadata Resolver FileBackedHTTPMetadataResolver agencySPs: Metadata from 'https://metadata.int.%s/agency-sps.xml' has not changed since last refresh" % DOMAIN, ip="")

    def n_reload(R):
        return idp(R, "INFO", "net.shibboleth.shared.service.AbstractReloadableService", pick(R, [181, 192]), "Service '%s': Reload complete" % pick(R, ["shibboleth.AttributeResolverService", "shibboleth.AttributeFilterService", "shibboleth.RelyingPartyResolverService", "shibboleth.NameIdentifierGenerationService"]), ip="")

    def n_logout(R):
        return idp(R, "INFO", "net.shibboleth.idp.session.impl.LogoutPopulateAuditContext", 120, "Logout of session %s for %s (%d service providers)" % (hexs(R, 16), cit(R), R.randint(1, 4)))

    def n_expired(R):
        return idp(R, "INFO", "net.shibboleth.idp.session.impl.DetectIdleSessions", 97, "Session %s for %s expired after %d minutes of inactivity" % (hexs(R, 16), cit(R), pick(R, [15, 30, 60])))

    def n_mfa(R):
        return idp(R, "INFO", "gov.fernvale.idp.totp.ValidateTotp", R.randint(60, 90), "TOTP code for %s %s" % (cit(R), pick(R, ["accepted", "rejected (wrong code, attempt 1 of 5)", "rejected (code already used)"])))

    def n_gc(R):
        return idp(R, "DEBUG", "net.shibboleth.idp.attribute.resolver.impl.AttributeResolverImpl", 310, "Attribute Resolver 'ShibbolethAttributeResolver': Resolved %d attributes for %s from citizenRegistry in %d ms (0 failures)" % (R.randint(5, 12), cit(R), R.randint(8, 300)))

    def n_jetty(R):
        return "%s:INFO :oejs.Server:main: %s" % (logback_ts(R).replace(",", "."), pick(R, ["jetty-12.0.%d; built: 2030-05-%02dT%s.%sZ; git: %s; jvm 17.0.%d+%d" % (R.randint(10, 16), day(R), hms(R), digits(R, 3), hexs(R, 40), R.randint(11, 14), R.randint(5, 9)), "Started oejs.Server@%s{STARTING}[12.0.%d,sto=0] @%dms" % (hexs(R, 8), R.randint(10, 16), R.randint(9000, 30000))]))

    def n_start(R):
        return idp(R, "INFO", "net.shibboleth.idp.admin.impl.LogImplementationDetails", 56, "Shibboleth IdP Version 5.1.%d" % R.randint(2, 4), ip="")

    def n_status(R):
        return idp(R, "DEBUG", "net.shibboleth.idp.admin.impl.StatusServlet", 88, "status check from %s: OK, uptime %d s, 0 failed services" % (ip10(R, 20), R.randint(1000, 9000000)))

    def n_consent(R):
        return idp(R, "INFO", "net.shibboleth.idp.consent.flow.ar.impl.AttributeReleaseConsent", 140, "Attribute release consent for %s to %s: %s" % (cit(R), pick(R, SPS), pick(R, ["granted", "remembered", "declined by user"])))

    return [n_ok, n_badpw, n_badpw_ev, n_nopassive, n_unknown_sp, n_audit, n_audit2, n_session, n_refresh, n_notmod, n_reload, n_logout, n_expired,
            n_mfa, n_gc, n_jetty, n_start, n_status, n_consent]


def fam_idp(R):
    return build(R, B1, [("national-federation-signing-cert-rolled", e_fedmeta), ("ldap-bind-dn-password-rotated", e_ldapbind),
                         ("citizen-registry-alb-blocks-idp-subnet", e_registry), ("jvm-xmx1g-aggregate-refresh-oom", e_heap),
                         ("tax-sp-metadata-no-encryption-key", e_taxsp)], idp_negs())


# ---------------------------------------------------------------- docscan-ocrmypdf16-tesseract5-ecs
B2 = "docscan-ocrmypdf16-tesseract5-ecs"


def job(R):
    return "scan-%s" % hexs(R, 12)


def py(R, lvl, logger, msg, j=None):
    return "%s %s %s [job=%s] %s" % (logback_ts(R), lvl, logger, j or job(R), msg)


def pdfname(R):
    return "%s-%s.pdf" % (pick(R, ["posta-in", "upload", "fax", "sportello"]), digits(R, 8))


def tb(*frames):
    return "Traceback (most recent call last):\n" + "\n".join(frames)


def e_ita(R):
    # the worker image was rebuilt on a slim base with only tesseract-ocr-eng; every document flagged Italian
    # (most of them) fails before OCR starts
    t = R.random()
    j = job(R)
    if t < 0.55:
        return py(R, "ERROR", "docscan.worker", "OCR failed for s3://fernvale-docscan-inbox/%s: MissingDependencyError: OCR engine does not have language data for the following requested languages:\nita\nNote: most languages are identified by a 3-letter ISO 639-2 Code.\n" % pdfname(R), j)
    return py(R, "ERROR", "docscan.worker", "job moved to DLQ fernvale-docscan-dlq after 3 receives: ocrmypdf exit code 3 (MissingDependencyError, languages=ita+eng)", j)


def e_oom(R):
    # task memory 2 GiB with --jobs 4: bundles of paper mail scanned at 600 dpi (hundreds of pages) get the
    # tesseract/Ghostscript children killed by the container's OOM killer
    t = R.random()
    j = job(R)
    if t < 0.45:
        return py(R, "ERROR", "docscan.worker", "OCR failed for s3://fernvale-docscan-inbox/%s (%d pages, 600 dpi): SubprocessOutputError: tesseract died with signal SIGKILL (-9)" % (pdfname(R), R.randint(180, 700)), j)
    if t < 0.75:
        return py(R, "CRITICAL", "docscan.supervisor", "worker process %d exited unexpectedly (signal 9, oom-kill in cgroup /ecs/%s), restarting; in-flight job returns to queue" % (R.randint(10, 400), hexs(R, 32)), j)
    return py(R, "ERROR", "docscan.worker", "OCR failed for s3://fernvale-docscan-inbox/%s: concurrent.futures.process.BrokenProcessPool: A process in the process pool was terminated abruptly while the future was running or pending." % pdfname(R), j)


def e_visibility(R):
    # the queue's visibility timeout is 300 s while large documents take 10-20 minutes; the message reappears, a
    # second worker OCRs it too, and the first one cannot delete it
    j = job(R)
    t = R.random()
    if t < 0.5:
        return py(R, "ERROR", "docscan.queue", "DeleteMessage failed after %d s of processing: An error occurred (InvalidParameterValue) when calling the DeleteMessage operation: Value %s for parameter ReceiptHandle is invalid. Reason: The receipt handle has expired." % (R.randint(320, 1300), "AQEB" + alnum(R, 40) + "..."), j)
    return py(R, "ERROR", "docscan.worker", "document %s already attached to case CM-2030-%06d by job %s while this job was still running (message redelivered after visibility timeout 300 s); duplicate attachment created" % (pdfname(R), R.randint(1000, 99999), job(R)), j)


def e_gs(R):
    # Ghostscript 10.03 from the new base image breaks PDF/A conversion of PDFs with JBIG2 images from the mailroom
    # scanners; OCRmyPDF aborts with a Ghostscript rendering error
    j = job(R)
    t = R.random()
    if t < 0.6:
        return py(R, "ERROR", "ocrmypdf._exec.ghostscript", "Ghostscript PDF/A rendering failed\nGPL Ghostscript 10.03.%d: **** Error: JBIG2Decode: %s\n               Output may be incorrect." % (R.randint(0, 1), pick(R, ["failed to decode image", "unknown segment type", "refinement region out of range"])), j)
    return py(R, "ERROR", "docscan.worker", "OCR failed for s3://fernvale-docscan-inbox/%s: SubprocessOutputError: Ghostscript PDF/A rendering failed (exit code 15)" % pdfname(R), j)


def e_attach(R):
    # case management rotated the docscan OAuth client's secret; the worker's token request is refused, so no
    # OCR'd document reaches its case
    j = job(R)
    t = R.random()
    if t < 0.55:
        return py(R, "ERROR", "docscan.casemgmt", "token request to https://cases.int.%s/oauth2/token failed: 401 Unauthorized {\"error\":\"invalid_client\",\"error_description\":\"Client authentication failed\"}" % DOMAIN, j)
    return py(R, "ERROR", "docscan.worker", "attach to case CM-2030-%06d failed after 3 attempts (invalid_client); output kept at s3://fernvale-docscan-out/pending/%s" % (R.randint(1000, 99999), pdfname(R)), j)


def scan_negs():
    def n_recv(R):
        return py(R, "INFO", "docscan.queue", "received message %s (case CM-2030-%06d, %s, lang=%s)" % (uuid(R), R.randint(1000, 99999), pdfname(R), pick(R, ["ita+eng", "ita", "eng", "deu+ita"])))

    def n_start(R):
        return py(R, "INFO", "ocrmypdf._pipelines._common", "Start processing %d pages concurrently" % pick(R, [2, 4]))

    def n_page(R):
        return "%4d %s" % (R.randint(1, 300), pick(R, ["page is facing ⇧, confidence %.2f - no change" % R.uniform(2, 30), "page already has text! - skipping", "Postprocessing...", "skipping all processing on this page"]))

    def n_dpi(R):
        return "%4d [tesseract] %s" % (R.randint(1, 300), pick(R, ["Estimating resolution as %d" % R.randint(180, 640), "Warning: Invalid resolution 0 dpi. Using 70 instead.", "lots of diacritics - possibly poor OCR", "Empty page!!", "Detected %d diacritics" % R.randint(20, 900)]))

    def n_optim(R):
        return py(R, "INFO", "ocrmypdf._pipelines._common", pick(R, ["Image optimization ratio: %.2f savings: %.1f%%" % (R.uniform(1, 3), R.uniform(1, 60)), "Total file size ratio: %.2f savings: %.1f%%" % (R.uniform(0.3, 1.4), R.uniform(-40, 60))]))

    def n_pdfa(R):
        return py(R, "INFO", "ocrmypdf._validation", "Output file is a PDF/A-2B (as expected)")

    def n_done(R):
        return py(R, "INFO", "docscan.worker", "job done in %.1f s: %d pages, %d with text layer already, output s3://fernvale-docscan-out/%s, errors=0" % (R.uniform(4, 280), R.randint(1, 60), R.randint(0, 5), pdfname(R)))

    def n_attach(R):
        return py(R, "INFO", "docscan.casemgmt", "attached %s to case CM-2030-%06d (document id %d)" % (pdfname(R), R.randint(1000, 99999), R.randint(10 ** 6, 10 ** 7)))

    def n_prior(R):
        return py(R, "WARNING", "docscan.worker", "PriorOcrFoundError: page already has text! - aborting (use --force-ocr to force OCR); retrying with --skip-text")

    def n_encrypted(R):
        return py(R, "WARNING", "docscan.worker", "EncryptedPdfError: Input PDF is encrypted. The encryption must be removed to perform OCR. Upload %s returned to citizen with request to resend an unprotected file" % pdfname(R))

    def n_badpdf(R):
        return py(R, "WARNING", "docscan.worker", "InputFileError: %s is not a valid PDF (%s); citizen notified via permit portal" % (pdfname(R), pick(R, ["zero-length upload", "HTML error page saved as .pdf", "truncated upload"])))

    def n_retry(R):
        return py(R, "WARNING", "botocore.retries.standard", "Retrying GetObject on s3://fernvale-docscan-inbox/%s after SlowDown (attempt 2 of 5), succeeded on attempt 2" % pdfname(R))

    def n_heartbeat(R):
        return py(R, "DEBUG", "docscan.queue", "extended visibility of %s by 300 s (%d s elapsed)" % (uuid(R), R.randint(60, 260)))

    def n_metrics(R):
        return "{\"_aws\":{\"Timestamp\":%d,\"CloudWatchMetrics\":[{\"Namespace\":\"Fernvale/DocScan\",\"Dimensions\":[[\"Service\"]],\"Metrics\":[{\"Name\":\"PagesOcred\",\"Unit\":\"Count\"},{\"Name\":\"JobsFailed\",\"Unit\":\"Count\"}]}]},\"Service\":\"docscan-worker\",\"PagesOcred\":%d,\"JobsFailed\":0}" % (1909094400000 + R.randint(86400000, 2300000000), R.randint(1, 900))

    def n_boot(R):
        return py(R, "INFO", "docscan.main", "worker starting: ocrmypdf %s, tesseract 5.3.%d, ghostscript 10.0%d.%d, jobs=%d, queue=fernvale-docscan-jobs" % (pick(R, ["16.4.1", "16.4.3", "16.5.0"]), R.randint(0, 4), R.randint(2, 3), R.randint(0, 1), pick(R, [2, 4])), "-")

    def n_jbig2(R):
        return py(R, "WARNING", "ocrmypdf.optimize", "The optional dependency 'jbig2' was not found, so some image optimizations could not be attempted.")

    def n_empty(R):
        return py(R, "INFO", "docscan.queue", "no messages (long poll 20 s), %d in flight" % R.randint(0, 4), "-")

    def n_blank(R):
        return py(R, "INFO", "docscan.worker", "%d blank separator pages removed from %s" % (R.randint(1, 12), pdfname(R)))

    def n_rot(R):
        return "%4d page is facing %s, confidence %.2f - rotation appears correct" % (R.randint(1, 300), pick(R, ["⇨", "⇩", "⇦"]), R.uniform(10, 40))

    return [n_recv, n_start, n_page, n_dpi, n_optim, n_pdfa, n_done, n_attach, n_prior, n_encrypted, n_badpdf, n_retry, n_heartbeat, n_metrics,
            n_boot, n_jbig2, n_empty, n_blank, n_rot]


def fam_scan(R):
    return build(R, B2, [("slim-image-missing-ita-traineddata", e_ita), ("task-2gib-600dpi-bundles-oom-kill", e_oom),
                         ("sqs-visibility-300s-below-ocr-time", e_visibility), ("ghostscript-1003-jbig2-pdfa-regression", e_gs),
                         ("casemgmt-client-secret-rotated", e_attach)], scan_negs())


FAMILIES = {B1: fam_idp, B2: fam_scan}
