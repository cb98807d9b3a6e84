//! Stack traces in a log event: the exception types and the frames' functions, without line
//! numbers, so that the same exception from the same code groups across deploys, and the same
//! exception from another call site does not (as Sentry groups).
//!
//! Python (`File "/var/task/app.py", line 42, in handler`), Java and Kotlin
//! (`at com.example.Foo.bar(Foo.java:42)`, `Caused by: ...`), Node.js
//! (`at handler (/var/task/index.js:10:15)`), .NET (`at Ns.Type.Method() in File.cs:line 42`),
//! Go (`main.handler(...)` over `\t/app/main.go:42 +0x1d`) and Ruby (`from app.rb:10:in 'm'`).

use std::sync::LazyLock;

use aho_corasick::AhoCorasick;

/// At most this many frames count: deeper frames are the framework's and the runtime's.
pub const MAX_FRAMES: usize = 16;
/// At most this many exception types (a chain of `Caused by:`).
pub const MAX_TYPES: usize = 4;
/// Only this many lines of a message are read for frames.
pub(super) const MAX_LINES: usize = 400;

/// What a stack trace says, in a form that does not change between deploys.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Stack {
    /// Exception types in order of appearance: `KeyError`, `java.lang.IllegalStateException`.
    pub types: Vec<String>,
    /// Frame functions, `file:function` where the file is known, outermost as written first.
    pub frames: Vec<String>,
    /// The text starts a stack trace (`Traceback`, `Exception in thread`, `panic:`, `goroutine`).
    pub marker: bool,
}

impl Stack {
    pub fn is_empty(&self) -> bool {
        self.types.is_empty() && self.frames.is_empty()
    }
}

/// What libstdc++ prints before the type of an exception nothing caught.
pub const CXX_TERMINATE: &str = "terminate called after throwing an instance of ";

/// Does `line` (trimmed) start a stack trace a crash prints (`Traceback (most recent call
/// last):`, `Exception in thread`, `panic:`, `fatal error:`, `Unhandled exception`)?
pub fn starts_a_trace(line: &str) -> bool {
    line.starts_with("Traceback (most recent call last)")
        || line.starts_with("Exception in thread")
        || line.starts_with("panic:")
        || line.starts_with("fatal error:")
        || line.starts_with("Unhandled exception")
}

/// Whether an error is its runtime running out of memory (`java.lang.OutOfMemoryError`, .NET's
/// `OutOfMemoryException`, Python's `MemoryError`, Go's `fatal error: runtime: out of memory`,
/// V8's `JavaScript heap out of memory`), by its message's template or its types. Its frames are
/// wherever an allocation happened to fail, not where the problem is.
pub fn out_of_memory(message: &str, types: &[String]) -> bool {
    types.iter().any(|name| oom_type(name)) || out_of_memory_name(message).is_some()
}

/// An out-of-memory error's type (`java.lang.OutOfMemoryError`), by its simple name.
fn oom_type(name: &str) -> bool {
    let name = name.rsplit(['.', ':']).next().unwrap_or(name);
    matches!(name, "OutOfMemoryError" | "OutOfMemoryException" | "MemoryError")
}

/// Where `message` names running out of memory: a phrase in any case, a type as a whole word in
/// its own case. (Whether it is the phrase, and its range.)
fn out_of_memory_name(message: &str) -> Option<(bool, std::ops::Range<usize>)> {
    // One pass over the message for every name: this runs on every line fingerprinted.
    static NAMES: LazyLock<AhoCorasick> = LazyLock::new(|| {
        AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .build([
                "out of memory",
                "OutOfMemoryError",
                "OutOfMemoryException",
                "MemoryError",
            ])
            .unwrap_or_else(|e| panic!("out-of-memory names: {e}"))
    });
    let bytes = message.as_bytes();
    NAMES.find_overlapping_iter(message).find_map(|found| {
        let word_before = found.start() > 0 && bytes[found.start() - 1].is_ascii_alphanumeric();
        let word_after = bytes.get(found.end()).is_some_and(u8::is_ascii_alphanumeric);
        let phrase = found.pattern().as_usize() == 0;
        (phrase || (!word_before && !word_after && oom_type(&message[found.range()])))
            .then(|| (phrase, found.range()))
    })
}

/// What ran out, in the words of the error that says so, without the context a program wrote
/// around it: `OutOfMemoryError: Java heap space` in `error id: <*>: java.lang.OutOfMemoryError:
/// Java heap space [task <*>]`, `heap out of memory` in V8's `Reached heap limit Allocation
/// failed - JavaScript heap out of memory`, `CUDA out of memory` before PyTorch's `. Tried to
/// allocate`. The type's name or the phrase with the word before it, to the end of its clause.
pub fn out_of_memory_kind(message: &str) -> Option<&str> {
    let (phrase, range) = out_of_memory_name(message)?;
    let start = if phrase {
        let before = message[..range.start].trim_end();
        // (After the whole space: a space of another script is several bytes.)
        before
            .char_indices()
            .rfind(|(_, c)| c.is_whitespace())
            .map_or(0, |(at, space)| at + space.len_utf8())
            .min(range.start)
    } else {
        range.start
    };
    let rest = &message[range.end..];
    let end = [" [", " (", ";", ", ", ". ", "\n"]
        .iter()
        .filter_map(|end| rest.find(end))
        .min()
        .unwrap_or(rest.len());
    Some(message[start..range.end + end].trim_end_matches(['.', ' ']))
}

impl Stack {
    /// Whether the stack says where in the application it failed: a frame of its own code, not
    /// only the runtime's (`node:net:TCPConnectWrap.afterConnect`, `java.base/...`). Such a stack
    /// names the problem by itself, as Sentry groups: its types and frames, whatever message
    /// or logger went with it.
    pub fn names_its_call_site(&self) -> bool {
        self.frames.iter().any(|frame| !runtime_frame(frame))
    }
}

/// A frame of the language's runtime or standard library, by how [`frame`] writes them.
fn runtime_frame(frame: &str) -> bool {
    const PREFIXES: [&str; 9] = [
        "node:",
        "internal/",
        "java.base/",
        "java.",
        "javax.",
        "jdk.",
        "sun.",
        "<frozen ",
        "runtime.",
    ];
    PREFIXES.iter().any(|prefix| frame.starts_with(prefix))
}

/// Reads the stack trace in `text`, if any.
pub fn parse(text: &str) -> Stack {
    let mut stack = Stack::default();
    let mut go_frames = false;
    for (index, raw) in super::lines(text).take(MAX_LINES).enumerate() {
        let line = raw.trim();
        if starts_a_trace(line) {
            stack.marker = true;
        }
        // libstdc++'s terminate handler names the uncaught exception's type (`terminate called
        // after throwing an instance of 'std::bad_alloc'`): the problem's type, as a Java
        // exception's is.
        if let Some(kind) = line
            .strip_prefix(CXX_TERMINATE)
            .and_then(|rest| rest.strip_prefix('\''))
            .and_then(|rest| rest.split_once('\''))
            .map(|(kind, _)| kind)
        {
            stack.marker = true;
            if stack.types.len() < MAX_TYPES && !kind.is_empty() && !stack.types.iter().any(|t| t == kind) {
                stack.types.push(kind.to_owned());
            }
            continue;
        }
        if line.starts_with("goroutine ") && line.ends_with(':') {
            stack.marker = true;
            go_frames = true;
            continue;
        }
        if let Some(frame) = frame(line, raw, go_frames) {
            if stack.frames.len() < MAX_FRAMES {
                stack.frames.push(without_generated_numbers(frame));
            }
            continue;
        }
        if let Some(kind) = exception_type(line, index)
            && stack.types.len() < MAX_TYPES
            && !stack.types.iter().any(|t| t == kind)
        {
            stack.types.push(kind.to_owned());
        }
    }
    stack
}

/// The frame a line names, if it is one.
fn frame(line: &str, raw: &str, go_frames: bool) -> Option<String> {
    // Python: File "/var/task/app.py", line 42, in handler
    if let Some(rest) = line.strip_prefix("File \"") {
        let (path, rest) = rest.split_once('"')?;
        let function = rest.rsplit_once(", in ").map_or("", |(_, f)| f.trim());
        return Some(format!("{}:{}", file_name(path), function));
    }
    // Java, Kotlin, Scala, Node.js, .NET: at ...
    if let Some(rest) = line.strip_prefix("at ") {
        let rest = trim_start_words(trim_start_words(rest, "async "), "new ");
        // Node: `fn (/var/task/index.js:10:15)`, `Server.listen [as _listen2] (node:net:1:2)`;
        // Java: `com.x.Foo.bar(Foo.java:42)`.
        if let Some((function, location)) = split_once_space_paren(rest) {
            let function = function.split(" [as ").next().unwrap_or(function);
            if function.contains(' ') {
                return None;
            }
            let path = location.split(')').next().unwrap_or(location);
            // `(index 2)`, `(<anonymous>)`: no file to name.
            if path.contains(' ') || path.starts_with('<') {
                return Some(function.to_owned());
            }
            return Some(format!("{}:{}", file_name(strip_position(path)), function));
        }
        if let Some((function, _)) = rest.split_once('(') {
            return (!function.contains(' ') && !function.is_empty()).then(|| function.to_owned());
        }
        // Node without a function name: `at /var/task/index.js:10:15`.
        return (rest.contains('/') || rest.contains('\\'))
            .then(|| file_name(strip_position(rest)).to_owned());
    }
    // Ruby: from /app/models/user.rb:10:in `save!'  or  /app/x.rb:10:in 'block in call'
    if let Some(at) = ruby_call(line) {
        let path = trim_start_words(line, "from ");
        let path = &path[..path.find(":in ").unwrap_or(at)];
        // The first line of an uncaught exception's dump goes on after the frame with the
        // message and class (`x.rb:5:in `connect': timeout at 10.0.0.7 (Net::OpenTimeout)`).
        let function = line[at + 5..]
            .split('\'')
            .next()
            .unwrap_or("")
            .trim_end_matches('`');
        return Some(format!("{}:{}", file_name(strip_position(path)), function));
    }
    // PHP: #0 /var/www/html/src/Db.php(42): PDO->__construct('mysql:host=...')
    if let Some(rest) = line.strip_prefix('#')
        && let Some((number, rest)) = rest.split_once(' ')
        && number.bytes().all(|b| b.is_ascii_digit())
        && let Some((path, function)) = rest.split_once("): ")
    {
        let path = path.rsplit_once('(').map_or(path, |(p, _)| p);
        let function = function.split('(').next().unwrap_or(function);
        return Some(format!("{}:{}", file_name(path), function));
    }
    if let Some(frame) = native_frame(line) {
        return Some(frame);
    }
    // Elixir: (shop 0.9.1) lib/shop/rate_limiter.ex:41: Shop.RateLimiter.handle_call/3
    if line.starts_with('(')
        && let Some((_, rest)) = line.split_once(") ")
        && let Some((path, function)) = rest.split_once(": ")
        && (path.contains(".ex:") || path.contains(".exs:") || path.contains(".erl:"))
    {
        // A function clause error prints the call with its arguments: the name only.
        let function = function.split('(').next().unwrap_or(function).trim();
        return Some(format!("{}:{}", file_name(strip_position(path)), function));
    }
    // Go: the function line (unindented), its file line below it (indented, skipped).
    if go_frames {
        if raw.starts_with(char::is_whitespace) || line.is_empty() {
            return None;
        }
        let function = line.strip_prefix("created by ").unwrap_or(line);
        let function = function.rsplit_once('(').map_or(function, |(f, _)| f);
        let function = function.split(" in goroutine").next().unwrap_or(function);
        return (!function.contains(' ')).then(|| function.to_owned());
    }
    None
}

/// A native (C, C++, Rust) frame as gdb, libbacktrace and the sanitizers print it: `#0
/// 0x7f3a in cb_flush() at plugins/out/flush.c:424`, `#1  0x7f3b in start_thread () from
/// /lib64/libpthread.so.0`, `#2 0x4f5a3b in main /src/app.c:12:5`, gdb's innermost frame
/// without its address, `#0  cb_flush (ctx=0x1) at flush.c:12`, or systemd-coredump's (and
/// elfutils') `#0  0x7f3a _ZN6report5Table6ExpandEv (reportgen + 0x4f21c)`. The function and
/// the file's or module's name count; the address, the arguments, the offset and the line do
/// not.
fn native_frame(line: &str) -> Option<String> {
    let rest = line.strip_prefix('#')?;
    let number_end = rest.bytes().position(|b| !b.is_ascii_digit())?;
    if number_end == 0 || !rest[number_end..].starts_with(char::is_whitespace) {
        return None;
    }
    let rest = rest[number_end..].trim_start();
    let (function_and_place, addressed) = match rest.strip_prefix("0x") {
        Some(address) => {
            let after = address
                .trim_start_matches(|c: char| c.is_ascii_hexdigit())
                .trim_start();
            match after
                .strip_prefix("in")
                .and_then(|a| a.strip_prefix(char::is_whitespace))
            {
                Some(in_function) => (in_function.trim_start(), true),
                None => return module_offset_frame(after),
            }
        }
        None => (rest, false),
    };
    let name_end = function_and_place
        .find(|c: char| c == '(' || c.is_whitespace())
        .unwrap_or(function_and_place.len());
    let function = &function_and_place[..name_end];
    // Past the arguments: the place is what follows `) `, or the next word.
    let after_name = function_and_place[name_end..].trim_start();
    let place = if after_name.starts_with('(') {
        after_name
            .find(") ")
            .map_or("", |close| after_name[close + 2..].trim_start())
    } else {
        after_name
    };
    let path = place
        .strip_prefix("at ")
        .or_else(|| place.strip_prefix("from "))
        .unwrap_or(place)
        .split_whitespace()
        .next()
        .unwrap_or("");
    // Without an address, only gdb's `function (args) at file:line` shape is a frame (a PHP
    // frame starts with a path, and `#3 in the queue` is prose).
    let named = !function.is_empty()
        && function.bytes().all(|b| {
            b.is_ascii_alphanumeric() || matches!(b, b'_' | b':' | b'~' | b'<' | b'>' | b'?' | b'.' | b'$')
        });
    if !named || (!addressed && !place.starts_with("at ")) {
        return None;
    }
    if path.is_empty() {
        return Some(function.to_owned());
    }
    Some(format!("{}:{function}", file_name(strip_position(path))))
}

/// The rest of systemd-coredump's frame after its address: `function (module + 0xoffset)`, or
/// `n/a (module + 0xoffset)` when the symbol is unknown.
fn module_offset_frame(after_address: &str) -> Option<String> {
    let (function, place) = after_address.split_once(" (")?;
    let module = place.strip_suffix(')')?.split_once(" + 0x")?.0;
    let plain = |name: &str| {
        !name.is_empty()
            && name
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b':' | b'.' | b'/' | b'-' | b'$'))
    };
    if !plain(function) || !plain(module) {
        return None;
    }
    Some(format!("{}:{function}", file_name(module)))
}

/// A frame's name with the numbers a compiler or runtime generates replaced: a compiled
/// template's method (`_app_views_show_html_erb___490509623125278390_38049`), a lambda's class
/// (`$$Lambda$1234/0x0000000800c4b040`), a proxy (`$Proxy123`). These change between builds or
/// processes; short numbers (`lambda$main$0`, `func1`) are the code's own, but not those of a
/// class a framework names as generated (`GeneratedEventExecutor44`, `GeneratedMethodAccessor12`,
/// `$Proxy7`).
fn without_generated_numbers(frame: String) -> String {
    let bytes = frame.as_bytes();
    let generated = |at: usize| {
        let hex = bytes[at..].starts_with(b"0x");
        let digits = bytes[at..].iter().take_while(|b| b.is_ascii_digit()).count();
        let name_start = frame[..at].rfind(['.', '/', ':']).map_or(0, |i| i + 1);
        let name = frame[name_start..at].trim_start_matches('$');
        let generated_class = digits > 0 && (name.starts_with("Generated") || name == "Proxy");
        hex || digits >= 3 || generated_class
    };
    if !(0..bytes.len()).any(|at| bytes[at].is_ascii_digit() && generated(at)) {
        return frame;
    }
    let mut out = String::with_capacity(frame.len());
    let mut at = 0;
    while at < bytes.len() {
        if bytes[at].is_ascii_digit() && generated(at) {
            let skip = if bytes[at..].starts_with(b"0x") { 2 } else { 0 };
            let len = skip
                + bytes[at + skip..]
                    .iter()
                    .take_while(|b| b.is_ascii_hexdigit())
                    .count();
            out.push_str(super::template::VARIABLE);
            at += len;
        } else {
            // Digits are ASCII: everything between them is copied whole, char boundaries intact.
            let next = (at + 1..bytes.len())
                .find(|&i| bytes[i].is_ascii_digit())
                .unwrap_or(bytes.len());
            out.push_str(&frame[at..next]);
            at = next;
        }
    }
    out
}

/// The source file a one-line error names as where it happened: PHP's `... in
/// /var/www/app/Export.php on line 118` (or `... in /app/Db.php:42`), Perl's `... at
/// /app/lib/Orders.pm line 42.`. The file's name, without its directory nor line, is part of
/// the problem: the same error in another file is another problem, as with a stack frame.
pub fn source_file(line: &str) -> Option<&str> {
    // ` on line ` holds ` line `: without the latter, neither is searched for again.
    let line_word = rsplit_once(line, &LINE);
    let path = if line_word.is_some()
        && let Some((before, _)) = rsplit_once(line, &ON_LINE)
    {
        rsplit_once(before, &IN)?.1
    } else if let Some((before, after)) = line_word {
        after
            .trim_end_matches('.')
            .bytes()
            .all(|b| b.is_ascii_digit())
            .then_some(())?;
        rsplit_once(before, &AT)?.1
    } else {
        // Only with its line number: `missing in /etc/app/a.conf` names a value, not a place.
        let (_, after) = rsplit_once(line, &IN)?;
        let located = after.split_whitespace().next()?;
        let path = strip_position(located);
        (path.len() < located.len()).then_some(path)?
    };
    let name = file_name(path.trim());
    let source = path.contains('/') && name.contains('.') && !name.contains(char::is_whitespace);
    source.then_some(name)
}

/// A Rust panic's call site (the file's name) and message, in either of its layouts: Rust
/// 1.73 and later print `thread 'main' panicked at src/x.rs:12:5:` with the message on the
/// next line, earlier versions `thread 'main' panicked at 'message', src/x.rs:12:5` on one
/// line. `first` is the first line's message, `text` the whole event. The message and the file
/// identify the panic (its first line alone names only the thread and the position), and both
/// layouts give the same pair, so one panic groups across a toolchain upgrade.
pub fn rust_panic<'a>(first: &'a str, text: &'a str) -> Option<(&'a str, &'a str)> {
    let rest = first.strip_prefix("thread '")?;
    let (_, rest) = rest.split_once("' panicked at ")?;
    let (message, location) = match rest.strip_prefix('\'') {
        Some(quoted) => {
            let (message, location) = quoted.rsplit_once("', ")?;
            (message, location)
        }
        None => {
            let location = rest.trim_end().strip_suffix(':')?;
            let message = super::lines(text).nth(1).unwrap_or("").trim();
            (message, location)
        }
    };
    let path = strip_position(location);
    let name = file_name(path);
    (name.ends_with(".rs") && !name.contains(' ')).then_some((name, message))
}

/// `line.rsplit_once(needle)` through a searcher built once: [`source_file`] runs on the
/// message of every error line, and `str::rsplit_once` builds its searcher on every call. The
/// forward searcher (SIMD) is asked again one byte past each match, so that the last match is
/// found even where two overlap (` in in `), as a search from the end finds it.
fn rsplit_once<'a>(line: &'a str, needle: &memchr::memmem::Finder<'static>) -> Option<(&'a str, &'a str)> {
    let bytes = line.as_bytes();
    let mut last = needle.find(bytes)?;
    while let Some(next) = needle.find(&bytes[last + 1..]) {
        last += 1 + next;
    }
    // The needles are ASCII: both sides of a match are char boundaries.
    Some((&line[..last], &line[last + needle.needle().len()..]))
}

type Searcher = std::sync::LazyLock<memchr::memmem::Finder<'static>>;
static ON_LINE: Searcher = Searcher::new(|| memchr::memmem::Finder::new(" on line "));
static LINE: Searcher = Searcher::new(|| memchr::memmem::Finder::new(" line "));
static IN: Searcher = Searcher::new(|| memchr::memmem::Finder::new(" in "));
static AT: Searcher = Searcher::new(|| memchr::memmem::Finder::new(" at "));

/// Where `line` first holds `` :in ` ``, else where it first holds `:in '` (Ruby's call site
/// before and since 3.4), in one pass over the `:in `s through a searcher built once: most
/// lines of a trace are not Ruby frames, and `str::find` builds its searcher on every call.
fn ruby_call(line: &str) -> Option<usize> {
    static CALL_IN: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
        std::sync::LazyLock::new(|| memchr::memmem::Finder::new(":in "));
    let bytes = line.as_bytes();
    let mut quoted = None;
    for at in CALL_IN.find_iter(bytes) {
        match bytes.get(at + 4) {
            Some(b'`') => return Some(at),
            Some(b'\'') => {
                quoted.get_or_insert(at);
            }
            _ => {}
        }
    }
    quoted
}

/// `text.split_once(" (")` by way of the `(`s (SIMD `memchr`): a frame line is short, and
/// `str::split_once` sets up a substring search on every call.
fn split_once_space_paren(text: &str) -> Option<(&str, &str)> {
    let bytes = text.as_bytes();
    let open = memchr::memchr_iter(b'(', bytes).find(|&at| at > 0 && bytes[at - 1] == b' ')?;
    Some((&text[..open - 1], &text[open + 1..]))
}

/// `text.trim_start_matches(word)`, without the substring searcher `str` sets up for a
/// pattern of several bytes on every call (this runs on every line of a trace).
fn trim_start_words<'a>(mut text: &'a str, word: &str) -> &'a str {
    while let Some(rest) = text.strip_prefix(word) {
        text = rest;
    }
    text
}

/// `/var/task/app.py` -> `app.py`.
fn file_name(path: &str) -> &str {
    path.rsplit(['/', '\\']).next().unwrap_or(path)
}

/// `index.js:10:15` -> `index.js`, `Foo.java:42` -> `Foo.java`, `File.cs:line 42` -> `File.cs`.
fn strip_position(path: &str) -> &str {
    let mut path = path.trim();
    if let Some((before, _)) = path.split_once(":line ") {
        path = before;
    }
    while let Some((before, after)) = path.rsplit_once(':') {
        if after.is_empty() || after.bytes().all(|b| b.is_ascii_digit()) {
            path = before;
        } else {
            break;
        }
    }
    path
}

/// The exception type a line starts with: `KeyError: 'x'`, `Caused by: java.io.IOException:`,
/// `Exception in thread "main" java.lang.NullPointerException`, `TypeError: x is undefined`,
/// `[ERROR] Runtime.ImportModuleError: ...`.
fn exception_type(line: &str, index: usize) -> Option<&str> {
    let line = line
        .strip_prefix("Caused by: ")
        .or_else(|| {
            line.strip_prefix("Exception in thread \"")
                .and_then(|rest| rest.split_once("\" ").map(|(_, t)| t))
        })
        .unwrap_or(line);
    let line = line.strip_prefix("[ERROR] ").unwrap_or(line).trim_start();
    // Elixir: `** (ArithmeticError) bad argument in arithmetic expression`.
    let line = line
        .strip_prefix("** (")
        .and_then(|rest| rest.split_once(')').map(|(kind, _)| kind))
        .unwrap_or(line);
    let candidate = line.split([':', ' ']).next().unwrap_or("");
    let named = candidate.len() >= 4
        && candidate.len() <= 200
        && candidate
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'$'))
        && candidate.as_bytes()[0].is_ascii_alphabetic();
    if !named {
        return None;
    }
    let last = candidate.rsplit('.').next().unwrap_or(candidate);
    let typed = [
        "Error",
        "Exception",
        "Exit",
        "Fault",
        "Failure",
        "Timeout",
        "Rejection",
        "Interrupt",
        "Iteration",
    ]
    .iter()
    .any(|suffix| last.ends_with(suffix) && last.len() > suffix.len())
        || last == "Error"
        || last == "Exception";
    // A bare type line (`KeyError`) counts after the first line; on the first line a word such
    // as `Error` alone is a sentence.
    let followed = line.len() == candidate.len() || line[candidate.len()..].starts_with(':');
    (typed && followed && (index > 0 || line.len() > candidate.len())).then_some(candidate)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What ran out, without the context around it; a space of another script before it is
    /// skipped whole (no panic).
    #[test]
    fn out_of_memory_kind_is_what_ran_out() {
        assert_eq!(
            out_of_memory_kind("error id: <*>: java.lang.OutOfMemoryError: Java heap space [task <*>]"),
            Some("OutOfMemoryError: Java heap space")
        );
        assert_eq!(
            out_of_memory_kind("Allocation failed - JavaScript heap out of memory"),
            Some("heap out of memory")
        );
        assert_eq!(
            out_of_memory_kind("CUDA out of memory. Tried to allocate 20.00 MiB"),
            Some("CUDA out of memory")
        );
        assert_eq!(
            out_of_memory_kind("a\u{3000}GPU out of memory"),
            Some("GPU out of memory")
        );
        assert_eq!(out_of_memory_kind("disk full"), None);
    }

    /// The searchers built once split where `str`'s own methods do.
    #[test]
    fn splits_as_str_does() {
        let texts = [
            "",
            " in ",
            "a in b in c",
            " in in ",
            "x  in in in y",
            "at é in ü in",
            " on line 3 line 4",
            " line line ",
            "f (a (b",
            " (",
            "((",
            "a( (b",
            "é (ü",
            "no parens",
            "at f(x) (y)",
        ];
        for text in texts {
            for (needle, finder) in [
                (" on line ", &ON_LINE),
                (" line ", &LINE),
                (" in ", &IN),
                (" at ", &AT),
            ] {
                assert_eq!(
                    rsplit_once(text, finder),
                    text.rsplit_once(needle),
                    "{text:?} {needle:?}"
                );
            }
            assert_eq!(split_once_space_paren(text), text.split_once(" ("), "{text:?}");
            assert_eq!(
                trim_start_words(text, "in "),
                text.trim_start_matches("in "),
                "{text:?}"
            );
        }
    }

    #[test]
    fn python_tracebacks_keep_types_and_functions_not_lines() {
        let trace = |line: u32| {
            format!(
                "[ERROR] KeyError: 'user_id'\nTraceback (most recent call last):\n  File \"/var/task/app.py\", line {line}, in handler\n    return load(event)\n  File \"/var/task/store.py\", line {}, in load\n    return event['user_id']\nKeyError: 'user_id'",
                line + 7
            )
        };
        let a = parse(&trace(12));
        assert_eq!(a, parse(&trace(40)));
        assert_eq!(a.types, vec!["KeyError"]);
        assert_eq!(a.frames, vec!["app.py:handler", "store.py:load"]);
        assert!(a.marker);
    }

    #[test]
    fn java_node_go_ruby_and_dotnet_frames() {
        let java = parse(
            "java.lang.IllegalStateException: closed\n\tat com.example.Pool.get(Pool.java:42)\n\tat com.example.Handler.handleRequest(Handler.java:17)\nCaused by: java.io.IOException: reset\n\tat sun.nio.ch.Net.read(Net.java:9)\n\t... 3 more",
        );
        assert_eq!(
            java.types,
            vec!["java.lang.IllegalStateException", "java.io.IOException"]
        );
        assert_eq!(
            java.frames,
            vec![
                "com.example.Pool.get",
                "com.example.Handler.handleRequest",
                "sun.nio.ch.Net.read"
            ]
        );
        let node = parse(
            "TypeError: Cannot read properties of undefined (reading 'id')\n    at handler (/var/task/index.js:10:15)\n    at Runtime.handleOnceNonStreaming (file:///var/runtime/index.mjs:1173:29)",
        );
        assert_eq!(node.types, vec!["TypeError"]);
        assert_eq!(
            node.frames,
            vec!["index.js:handler", "index.mjs:Runtime.handleOnceNonStreaming"]
        );
        let go = parse(
            "panic: runtime error: invalid memory address or nil pointer dereference\n\ngoroutine 1 [running]:\nmain.handler(0xc000010000)\n\t/app/main.go:42 +0x1d\nmain.main()\n\t/app/main.go:12 +0x25",
        );
        assert_eq!(go.frames, vec!["main.handler", "main.main"]);
        assert!(go.marker);
        let ruby =
            parse("NoMethodError: undefined method `name' for nil\nfrom /app/models/user.rb:10:in `display'");
        assert_eq!(ruby.frames, vec!["user.rb:display"]);
        let dotnet = parse(
            "System.InvalidOperationException: boom\n   at Orders.Api.Handler.Run(String id) in /src/Handler.cs:line 42",
        );
        assert_eq!(dotnet.frames, vec!["Orders.Api.Handler.Run"]);
        assert_eq!(dotnet.types, vec!["System.InvalidOperationException"]);
    }

    /// Failure class: the first frame of Ruby's uncaught-exception dump goes on with the
    /// message and the class, and its hosts, ids and counts were taken as the function's name.
    #[test]
    fn ruby_frames_that_carry_the_exception_message_name_only_the_function() {
        let dump = |host: &str, line: u32| {
            parse(&format!(
                "/gems/redis-5.0.0/lib/redis/client.rb:{line}:in `connect': Connection refused - connect(2) for {host}:6379 (Redis::CannotConnectError)\n\tfrom /app/config/initializers/cache.rb:4:in `<main>'"
            ))
        };
        let a = dump("10.0.4.17", 88);
        assert_eq!(a.frames, vec!["client.rb:connect", "cache.rb:<main>"]);
        assert_eq!(a.frames, dump("10.0.9.201", 91).frames);
        let since_3_4 = parse("/app/lib/sync.rb:12:in 'Sync#run': boom (RuntimeError)");
        assert_eq!(since_3_4.frames, vec!["sync.rb:Sync#run"]);
    }

    #[test]
    fn elixir_exits_name_their_exception_and_functions() {
        let crash = parse(
            "GenServer #PID<0.2724.0> terminating\n** (ArithmeticError) bad argument in arithmetic expression\n    :erlang./(435, 0)\n    (shop 0.9.1) lib/shop/rate_limiter.ex:41: Shop.RateLimiter.handle_call/3\n    (stdlib 5.2) gen_server.erl:1131: :gen_server.try_handle_call/4",
        );
        assert_eq!(crash.types, vec!["ArithmeticError"]);
        assert_eq!(
            crash.frames,
            vec![
                "rate_limiter.ex:Shop.RateLimiter.handle_call/3",
                "gen_server.erl::gen_server.try_handle_call/4"
            ]
        );
    }

    #[test]
    fn php_and_perl_name_the_file_they_failed_in() {
        assert_eq!(
            source_file(
                "PHP Fatal error:  Allowed memory size of 1 bytes exhausted (tried to allocate 2 bytes) in /var/www/app/Exports/ReportExporter.php on line 114"
            ),
            Some("ReportExporter.php")
        );
        assert_eq!(
            source_file("Uncaught PDOException: refused in /var/www/src/Db.php:42"),
            Some("Db.php")
        );
        assert_eq!(
            source_file("died at /app/lib/Orders.pm line 42."),
            Some("Orders.pm")
        );
        assert_eq!(source_file("user not found in table users"), None);
        assert_eq!(source_file("setting missing in /etc/app/a.conf"), None);
        let php = parse(
            "PHP Fatal error:  Uncaught PDOException: refused in /var/www/src/Db.php:42\nStack trace:\n#0 /var/www/src/Db.php(42): PDO->__construct('mysql:host=db')\n#1 {main}",
        );
        assert_eq!(php.frames, vec!["Db.php:PDO->__construct"]);
    }

    #[test]
    fn generated_numbers_in_frames_do_not_count() {
        let a = parse(
            "ActionView::Template::Error (boom):\napp/views/show.html.erb:12:in `_app_views_show_html_erb___490509623125278390_38049'",
        );
        let b = parse(
            "ActionView::Template::Error (boom):\napp/views/show.html.erb:12:in `_app_views_show_html_erb___950436071435021508_98465'",
        );
        assert_eq!(a.frames, b.frames);
        let java = parse(
            "java.lang.IllegalStateException: x\n\tat com.acme.Foo$$Lambda$1234/0x0000000800c4b040.apply(Unknown Source)\n\tat com.acme.Foo.lambda$main$0(Foo.java:9)",
        );
        assert_eq!(
            java.frames,
            vec!["com.acme.Foo$$Lambda$<*>/<*>.apply", "com.acme.Foo.lambda$main$0"]
        );
    }

    /// Failure class: C and C++ crash backtraces (gdb, libbacktrace and sanitizer frames) were
    /// ignored; their functions count, not their addresses nor line numbers.
    #[test]
    fn native_backtraces_keep_functions_not_addresses() {
        let crash = |address: &str, line: u32| {
            format!(
                "[2026/03/07 04:33:39] [engine] caught signal (SIGSEGV)\n#0  0x{address}      in  cb_cloudwatch_flush() at plugins/out_cloudwatch_logs/cloudwatch_logs.c:{line}\n#1  0x50e9cd02031a      in  output_pre_cb_flush() at include/fluent-bit/flb_output.h:520\n#2  0x7f00 in start_thread () from /lib64/libpthread.so.0"
            )
        };
        let a = parse(&crash("f576e318c89a", 423));
        assert_eq!(a, parse(&crash("56bc505ee274", 424)));
        assert_eq!(
            a.frames,
            vec![
                "cloudwatch_logs.c:cb_cloudwatch_flush",
                "flb_output.h:output_pre_cb_flush",
                "libpthread.so.0:start_thread"
            ]
        );
        let gdb = parse(
            "Program received signal SIGSEGV\n#0  flush (ctx=0x0, n=3) at src/flush.c:12\n#1  0x4f5a3b in main /src/app.c:40:5",
        );
        assert_eq!(gdb.frames, vec!["flush.c:flush", "app.c:main"]);
        // Prose and PHP frames are not native frames.
        assert_eq!(native_frame("#3 in the queue"), None);
        assert_eq!(
            native_frame("#0 /var/www/src/Db.php(42): PDO->__construct('x')"),
            None
        );
    }

    #[test]
    fn plain_lines_have_no_stack() {
        for line in [
            "Error connecting to the database",
            "Processed 3 records",
            "at least once",
        ] {
            assert!(parse(line).is_empty(), "{line}");
        }
    }
}
