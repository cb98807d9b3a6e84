//! An AWS service's error as the SDKs print it: which call failed, the service's error code and
//! its message.
//!
//! The service's answer names the problem by itself: a table's throttling or a key's denied
//! decrypt is one problem wherever the code called from, whether an application logs it under its
//! own words (`could not fetch invoices/7.pdf: An error occurred (NoSuchKey) ...`) or the runtime
//! records it with its traceback. So a line that carries one is grouped by it alone (see
//! [`super::understand`]); any other exception keeps its call site.
//!
//! The layouts read, one per SDK family:
//!
//! - botocore (Python, the AWS CLI): `An error occurred (ThrottlingException) when calling the
//!   Query operation (reached max retries: 4): Rate exceeded`;
//! - the AWS SDK for Go v2: `operation error DynamoDB: PutItem, https response error StatusCode:
//!   400, RequestID: ..., api error ValidationException: One or more parameter values ...`;
//! - the AWS SDK for Java v1 and v2: `...S3Exception: Access Denied (Service: S3, Status Code:
//!   403, Request ID: ...)`, with `; Error Code: AccessDenied` in v1;
//! - the AWS SDK for Ruby: the error's class names the service and the code
//!   (`Aws::S3::Errors::AccessDenied`), its message after `: ` or ` - ` (`#{e.class} - #{e.message}`,
//!   as the CodeDeploy agent logs it), or before it in Ruby's report of an uncaught error
//!   (`upload.rb:12:in 'put': Access Denied (Aws::S3::Errors::AccessDenied)`).

use std::sync::LazyLock;

use aho_corasick::AhoCorasick;

/// One AWS service error.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ServiceError<'a> {
    /// The call that failed: botocore's operation, Go's `service: operation`, Java's service.
    pub call: &'a str,
    /// The service's error code (`ThrottlingException`, `NoSuchKey`): for Java v2, which prints
    /// none, the exception's simple name.
    pub code: &'a str,
    /// The service's message, without trailing punctuation (a quoted repr's `')` included).
    pub message: &'a str,
}

/// The first AWS service error in `text`, if any. `error_type` is the type a structured event
/// names apart from its message (Java v2's code, when the message does not name it).
pub fn find<'a>(text: &'a str, error_type: Option<&'a str>) -> Option<ServiceError<'a>> {
    // One pass over the text for the three layouts' markers: this runs on every line
    // fingerprinted, and most hold none.
    static MARKERS: LazyLock<AhoCorasick> = LazyLock::new(|| {
        AhoCorasick::new([BOTOCORE, GO_OPERATION, JAVA_SERVICE, RUBY_ERRORS])
            .unwrap_or_else(|e| panic!("service error markers: {e}"))
    });
    let mut seen = [false; 4];
    for found in MARKERS.find_iter(text) {
        seen[found.pattern().as_usize()] = true;
    }
    let [botocore_seen, go_seen, java_seen, ruby_seen] = seen;
    botocore_seen
        .then(|| botocore(text))
        .flatten()
        .or_else(|| go_seen.then(|| go_v2(text)).flatten())
        .or_else(|| java_seen.then(|| java(text, error_type)).flatten())
        .or_else(|| ruby_seen.then(|| ruby(text)).flatten())
}

const BOTOCORE: &str = "An error occurred (";
const BOTOCORE_CALL: &str = ") when calling the ";
const BOTOCORE_OPERATION: &str = " operation";

fn botocore(text: &str) -> Option<ServiceError<'_>> {
    let after = &text[text.find(BOTOCORE)? + BOTOCORE.len()..];
    let (code, after) = after.split_once(BOTOCORE_CALL)?;
    let (call, after) = after.split_once(BOTOCORE_OPERATION)?;
    if !is_name(code) || !is_name(call) {
        return None;
    }
    // ` (reached max retries: 4)` says how hard the SDK tried, not what the service said.
    let after = match after.strip_prefix(" (") {
        Some(retries) => retries.split_once(')').map_or("", |(_, after)| after),
        None => after,
    };
    let message = after.strip_prefix(':').map_or("", message_of);
    Some(ServiceError { call, code, message })
}

const GO_OPERATION: &str = "operation error ";
const GO_RESPONSE: &str = "https response error StatusCode: ";

fn go_v2(text: &str) -> Option<ServiceError<'_>> {
    let after = &text[text.find(GO_OPERATION)? + GO_OPERATION.len()..];
    let line = first_line(after);
    // `S3: GetObject`, up to the comma that ends it.
    let call = &line[..line.find(", ")?];
    let response = &line[line.find(GO_RESPONSE)? + GO_RESPONSE.len()..];
    // `400, RequestID: ..., HostID: ..., api error NoSuchKey: ...`: the fields the SDK adds,
    // then the service's code and message.
    let mut rest = response;
    let (code, message) = loop {
        let field = rest.split(", ").next().unwrap_or(rest);
        let added = field.starts_with("RequestID: ")
            || field.starts_with("HostID: ")
            || field.bytes().all(|b| b.is_ascii_digit());
        if !added {
            let entry = rest.strip_prefix("api error ").unwrap_or(rest);
            break entry.split_once(':').unwrap_or((entry, ""));
        }
        rest = rest.get(field.len() + ", ".len()..)?;
    };
    if !is_name(code) || !is_name(call.split(": ").nth(1).unwrap_or("")) {
        return None;
    }
    Some(ServiceError {
        call,
        code,
        message: message_of(message),
    })
}

const JAVA_SERVICE: &str = " (Service: ";
const JAVA_ERROR_CODE: &str = "Error Code: ";
/// The suffix of every exception type the Java SDKs throw for a service's answer.
const JAVA_EXCEPTION: &str = "Exception: ";

fn java<'a>(text: &'a str, error_type: Option<&'a str>) -> Option<ServiceError<'a>> {
    let marker = text.find(JAVA_SERVICE)?;
    let details = first_line(&text[marker + JAVA_SERVICE.len()..]);
    let details = &details[..details.find(')')?];
    // `S3, Status Code: 403, Request ID: ...` (v2) or `Amazon S3; Status Code: 403; Error Code:
    // AccessDenied; Request ID: ...` (v1).
    let mut fields = details.split([',', ';']).map(str::trim);
    let call = fields.next()?;
    if !fields.next()?.starts_with("Status Code: ") {
        return None;
    }
    let error_code = fields.find_map(|field| field.strip_prefix(JAVA_ERROR_CODE));
    // The message runs from the exception's type, on the marker's line, to the marker.
    let line_start = text[..marker].rfind('\n').map_or(0, |at| at + 1);
    let before = &text[line_start..marker];
    let typed = before.rfind(JAVA_EXCEPTION).map(|at| {
        let type_end = at + JAVA_EXCEPTION.len() - 2;
        let type_start = before[..type_end]
            .rfind(|c: char| !(c.is_alphanumeric() || c == '.' || c == '_' || c == '$'))
            .map_or(0, |at| at + 1);
        (&before[type_start..type_end], &before[type_end + 2..])
    });
    let simple_name = |kind: &'a str| kind.rsplit(['.', '$']).next().unwrap_or(kind);
    let (code, message) = match (error_code, typed) {
        (Some(code), Some((_, message))) => (code, message),
        (Some(code), None) => (code, ""),
        (None, Some((kind, message))) => (simple_name(kind), message),
        // A structured event's message alone, its type in a field of its own.
        (None, None) => (simple_name(error_type?), before),
    };
    if !is_name(code) || call.is_empty() {
        return None;
    }
    Some(ServiceError {
        call,
        code,
        message: message_of(message),
    })
}

const RUBY_ERRORS: &str = "::Errors::";
const RUBY_NAMESPACE: &str = "Aws::";

fn ruby(text: &str) -> Option<ServiceError<'_>> {
    let marker = text.find(RUBY_ERRORS)?;
    let before = &text[..marker];
    let namespace = before.rfind(RUBY_NAMESPACE)?;
    let call = &before[namespace + RUBY_NAMESPACE.len()..];
    let after = &text[marker + RUBY_ERRORS.len()..];
    let code_len = after
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .unwrap_or(after.len());
    let (code, rest) = after.split_at(code_len);
    if !is_name(code) || !is_name(call) {
        return None;
    }
    let message = if let Some(message) = rest.strip_prefix(" - ") {
        // (What follows a second ` - ` is the program's context: `Access Denied - bucket x`.)
        message.split(" - ").next().unwrap_or(message)
    } else if let Some(message) = rest.strip_prefix(": ") {
        message.trim_end_matches('>')
    } else if rest.starts_with(')') && before[..namespace].ends_with(" (") {
        // `file.rb:12:in 'put': Access Denied (Aws::S3::Errors::AccessDenied)`.
        let line = &before[before[..namespace].rfind('\n').map_or(0, |at| at + 1)..namespace - 2];
        line.rsplit(": ").next().unwrap_or(line)
    } else {
        ""
    };
    Some(ServiceError {
        call,
        code,
        message: message_of(message.trim_end_matches('>')),
    })
}

/// A code or an operation: one word of letters, digits, `.` and `_` (`InvalidParameterValue`,
/// `Throttling`, `403`, `AWS.SimpleQueueService.NonExistentQueue`).
fn is_name(word: &str) -> bool {
    !word.is_empty()
        && word.len() <= 128
        && word
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-'))
}

fn first_line(text: &str) -> &str {
    text.split(['\n', '\r']).next().unwrap_or(text)
}

/// The message on the rest of its line, without the punctuation that closes it: a sentence's
/// full stop and a quoted repr's `')` differ between the lines of one error.
fn message_of(rest: &str) -> &str {
    first_line(rest).trim().trim_end_matches(|c: char| {
        c.is_whitespace() || matches!(c, '.' | ',' | '\'' | '"' | ')' | ']' | '}')
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn error<'a>(call: &'a str, code: &'a str, message: &'a str) -> Option<ServiceError<'a>> {
        Some(ServiceError { call, code, message })
    }

    #[test]
    fn botocore_errors_are_read_with_or_without_retries_and_context() {
        assert_eq!(
            find(
                "An error occurred (ThrottlingException) when calling the Query operation (reached max retries: 4): Rate exceeded",
                None
            ),
            error("Query", "ThrottlingException", "Rate exceeded")
        );
        assert_eq!(
            find(
                "could not fetch invoices/7.pdf: An error occurred (NoSuchKey) when calling the GetObject operation: The specified key does not exist.",
                None
            ),
            error("GetObject", "NoSuchKey", "The specified key does not exist")
        );
        assert_eq!(
            find(
                "[ERROR] ClientError('An error occurred (403) when calling the HeadObject operation: Forbidden')\nTraceback (most recent call last):",
                None
            ),
            error("HeadObject", "403", "Forbidden")
        );
        // No message at all.
        assert_eq!(
            find(
                "An error occurred (InternalError) when calling the PutObject operation",
                None
            ),
            error("PutObject", "InternalError", "")
        );
    }

    #[test]
    fn go_v2_errors_are_read_past_the_fields_the_sdk_adds() {
        assert_eq!(
            find(
                "put order: operation error DynamoDB: PutItem, https response error StatusCode: 400, RequestID: EXAMPLE0REQUEST0ID, api error ValidationException: One or more parameter values were invalid",
                None
            ),
            error(
                "DynamoDB: PutItem",
                "ValidationException",
                "One or more parameter values were invalid"
            )
        );
        assert_eq!(
            find(
                "operation error S3: GetObject, https response error StatusCode: 404, RequestID: EXAMPLE1, HostID: EXAMPLEHOST=, NoSuchKey: ",
                None
            ),
            error("S3: GetObject", "NoSuchKey", "")
        );
        // Retries exhausted, then the service's answer.
        assert_eq!(
            find(
                "operation error SQS: SendMessage, exceeded maximum number of attempts, 3, https response error StatusCode: 500, RequestID: EXAMPLE2, api error InternalError: We encountered an internal error",
                None
            ),
            error(
                "SQS: SendMessage",
                "InternalError",
                "We encountered an internal error"
            )
        );
        // No response from the service: nothing it said to group by.
        assert_eq!(
            find(
                "operation error STS: AssumeRoleWithWebIdentity, failed to resolve service endpoint",
                None
            ),
            None
        );
    }

    #[test]
    fn java_errors_are_read_by_their_error_code_or_exception_type() {
        assert_eq!(
            find(
                "Caused by: software.amazon.awssdk.services.s3.model.NoSuchBucketException: The specified bucket does not exist (Service: S3, Status Code: 404, Request ID: EXAMPLE3, Extended Request ID: EXAMPLE4=)",
                None
            ),
            error(
                "S3",
                "NoSuchBucketException",
                "The specified bucket does not exist"
            )
        );
        assert_eq!(
            find(
                "com.amazonaws.services.s3.model.AmazonS3Exception: Access Denied (Service: Amazon S3; Status Code: 403; Error Code: AccessDenied; Request ID: EXAMPLE5)",
                None
            ),
            error("Amazon S3", "AccessDenied", "Access Denied")
        );
        // A structured event's message, its type in a field of its own.
        assert_eq!(
            find(
                "Rate exceeded for shard shardId-000000000002 (Service: Kinesis, Status Code: 400, Request ID: EXAMPLE6)",
                Some("software.amazon.awssdk.services.kinesis.model.ProvisionedThroughputExceededException")
            ),
            error(
                "Kinesis",
                "ProvisionedThroughputExceededException",
                "Rate exceeded for shard shardId-000000000002"
            )
        );
        // Neither a code nor a type: the message's bounds are unknown.
        assert_eq!(
            find(
                "upload failed (Service: S3, Status Code: 500, Request ID: EXAMPLE7)",
                None
            ),
            None
        );
        // A parenthesis that only mentions a service.
        assert_eq!(find("retrying (Service: billing) in 5s", None), None);
    }

    #[test]
    fn ruby_errors_are_read_by_their_class() {
        for line in [
            "InstanceAgent::Plugins::CodeDeployPlugin::CommandExecutor: Error executing command: Aws::S3::Errors::AccessDenied - Access Denied - /opt/codedeploy-agent/deployment-root/x",
            "CommandPoller: Error during perform: Aws::S3::Errors::AccessDenied - Access Denied - bucket b key k version v",
            "#<Aws::S3::Errors::AccessDenied: Access Denied>",
            "/app/upload.rb:12:in 'put': Access Denied (Aws::S3::Errors::AccessDenied)",
        ] {
            assert_eq!(
                find(line, None),
                error("S3", "AccessDenied", "Access Denied"),
                "{line}"
            );
        }
        assert_eq!(
            find(
                "rescued Aws::DynamoDB::Errors::ConditionalCheckFailedException",
                None
            ),
            error("DynamoDB", "ConditionalCheckFailedException", "")
        );
        // A class of the program's own, not the SDK's.
        assert_eq!(find("MyApp::Errors::NotFound: no such order", None), None);
    }

    #[test]
    fn lines_without_a_service_error_have_none() {
        for line in [
            "",
            "ERROR could not connect to db:5432",
            "An error occurred (",
            "An error occurred (x y) when calling the Query operation: z",
            "operation error ",
            " (Service: ",
        ] {
            assert_eq!(find(line, None), None, "{line:?}");
        }
    }
}
