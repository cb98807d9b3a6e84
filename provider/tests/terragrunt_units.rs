//! `examples/terragrunt` without Terragrunt (not installable here: see its README). Each unit is
//! rendered the way Terragrunt renders it into its cache, with a real HCL parser and evaluator
//! (hcl-rs) and the Terragrunt functions the live repository uses implemented here
//! (`find_in_parent_folders`, `read_terragrunt_config`, `path_relative_to_include`, ...):
//! its includes (`root.hcl`, `_envcommon/<component>.hcl`) and their locals, its dependency's
//! mock outputs, the module its `source` names (a versioned git source, mapped to this
//! workspace's `modules/`), the generated `provider.tf`, `versions_override.tf` and
//! `backend.tf`, and `terraform.tfvars.json` from the merged inputs. Every input must be a
//! variable of the module and every required variable must be given; then Terraform (the
//! newer one on PATH: the live repository requires >= 1.11 for the S3 backend's lock file)
//! runs `init -backend=false` and `validate` on the result.
//!
//! The committed repository has three units; the test adds 38 accounts the way a user does
//! (an `account.hcl`, a `region.hcl`, a unit that includes the envcommon file) and renders
//! all 41 (40 agents and the master), which also proves that every account's name reaches the
//! master's `account_names`.

use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::Command;

use awsmon_tests::terraform::lock_plugin_cache;
use awsmon_tests::toolchain::{newer_terraform_on_path, terraform_cli_config, workspace_root};
use hcl::eval::{Context, Evaluate, FuncArgs, FuncDef, ParamType};
use hcl::{Body, Map, Value};

fn live() -> PathBuf {
    workspace_root().join("examples/terragrunt")
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn parse(path: &Path) -> Body {
    hcl::parse(&read(path)).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

// ---- The Terragrunt functions, evaluated for one unit at a time ----

thread_local! {
    /// The unit being rendered, and the directory of the root configuration it includes.
    static UNIT: RefCell<(PathBuf, PathBuf)> = const { RefCell::new((PathBuf::new(), PathBuf::new())) };
}

fn unit_dir() -> PathBuf {
    UNIT.with(|unit| unit.borrow().0.clone())
}

fn text(value: &Value) -> Result<&str, String> {
    value
        .as_str()
        .ok_or_else(|| format!("expected a string, got {value:?}"))
}

/// The nearest `name` in a parent directory of the unit (Terragrunt starts above the unit).
fn find_in_parent_folders(args: FuncArgs) -> Result<Value, String> {
    let name = text(&args[0])?;
    unit_dir()
        .ancestors()
        .skip(1)
        .map(|dir| dir.join(name))
        .find(|candidate| candidate.is_file())
        .map(|found| Value::from(found.display().to_string()))
        .ok_or_else(|| format!("no {name} above {}", unit_dir().display()))
}

/// The file's attributes and its evaluated locals, as `read_terragrunt_config` returns them.
fn read_terragrunt_config(args: FuncArgs) -> Result<Value, String> {
    let path = PathBuf::from(text(&args[0])?);
    if !path.is_absolute() {
        return Err(format!(
            "read_terragrunt_config takes an absolute path here, got {}",
            path.display()
        ));
    }
    let body = hcl::parse(&read(&path)).map_err(|e| format!("{}: {e}", path.display()))?;
    let locals = evaluate_locals(&body, &Map::new());
    let mut config = Map::new();
    config.insert("locals".to_owned(), Value::Object(locals));
    Ok(Value::Object(config))
}

fn dirname(args: FuncArgs) -> Result<Value, String> {
    let path = Path::new(text(&args[0])?);
    Ok(Value::from(
        path.parent().unwrap_or(Path::new(".")).display().to_string(),
    ))
}

/// Terraform's `fileset` for the one pattern shape the live repository uses: `*/<file>`.
fn fileset(args: FuncArgs) -> Result<Value, String> {
    let dir = Path::new(text(&args[0])?);
    let pattern = text(&args[1])?;
    let file = pattern
        .strip_prefix("*/")
        .filter(|rest| !rest.contains(['*', '/']))
        .ok_or_else(|| format!("fileset: only */<file> is implemented here, got {pattern}"))?;
    let mut found: Vec<String> = std::fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|entry| entry.ok())
        .filter(|entry| entry.path().join(file).is_file())
        .map(|entry| format!("{}/{file}", entry.file_name().to_string_lossy()))
        .collect();
    found.sort();
    Ok(Value::Array(found.into_iter().map(Value::from).collect()))
}

fn merge(args: FuncArgs) -> Result<Value, String> {
    let mut merged = Map::new();
    for value in args.iter() {
        match value {
            Value::Object(map) => merged.extend(map.clone()),
            other => return Err(format!("merge takes objects, got {other:?}")),
        }
    }
    Ok(Value::Object(merged))
}

/// The unit's directory relative to the root configuration's: its state key.
fn path_relative_to_include(_: FuncArgs) -> Result<Value, String> {
    UNIT.with(|unit| {
        let (unit, root) = &*unit.borrow();
        unit.strip_prefix(root)
            .map(|relative| Value::from(relative.display().to_string()))
            .map_err(|_| format!("{} is not under {}", unit.display(), root.display()))
    })
}

fn get_terragrunt_dir(_: FuncArgs) -> Result<Value, String> {
    Ok(Value::from(unit_dir().display().to_string()))
}

/// A context with the functions and the given variables.
fn context(vars: &Map<String, Value>) -> Context<'static> {
    let mut ctx = Context::new();
    let string = || FuncDef::builder().param(ParamType::String);
    ctx.declare_func("find_in_parent_folders", string().build(find_in_parent_folders));
    ctx.declare_func("read_terragrunt_config", string().build(read_terragrunt_config));
    ctx.declare_func("dirname", string().build(dirname));
    ctx.declare_func(
        "fileset",
        FuncDef::builder()
            .params([ParamType::String, ParamType::String])
            .build(fileset),
    );
    ctx.declare_func(
        "merge",
        FuncDef::builder().variadic_param(ParamType::Any).build(merge),
    );
    ctx.declare_func(
        "path_relative_to_include",
        FuncDef::builder().build(path_relative_to_include),
    );
    ctx.declare_func("get_terragrunt_dir", FuncDef::builder().build(get_terragrunt_dir));
    for (name, value) in vars {
        ctx.declare_var(name.clone(), value.clone());
    }
    ctx
}

/// The `locals` block of a configuration, evaluated in dependency order (a local may use
/// another), with `vars` in scope.
fn evaluate_locals(body: &Body, vars: &Map<String, Value>) -> Map<String, Value> {
    let mut pending: Vec<&hcl::Attribute> = body
        .blocks()
        .filter(|block| block.identifier() == "locals")
        .flat_map(|block| block.body().attributes())
        .collect();
    let mut locals = Map::new();
    while !pending.is_empty() {
        let mut scope = vars.clone();
        scope.insert("local".to_owned(), Value::Object(locals.clone()));
        let ctx = context(&scope);
        let mut errors = Vec::new();
        let before = pending.len();
        pending.retain(|attribute| match attribute.expr().evaluate(&ctx) {
            Ok(value) => {
                locals.insert(attribute.key().to_owned(), value);
                false
            }
            Err(error) => {
                errors.push(format!("local.{}: {error}", attribute.key()));
                true
            }
        });
        assert!(pending.len() < before, "locals that never evaluate: {errors:#?}");
    }
    locals
}

fn evaluate(expr: &hcl::Expression, vars: &Map<String, Value>, what: &str) -> Value {
    expr.evaluate(&context(vars))
        .unwrap_or_else(|e| panic!("{what}: {e}"))
}

fn attribute<'a>(body: &'a Body, name: &str) -> Option<&'a hcl::Expression> {
    body.attributes()
        .find(|attribute| attribute.key() == name)
        .map(hcl::Attribute::expr)
}

fn blocks<'a>(body: &'a Body, name: &'a str) -> impl Iterator<Item = &'a hcl::Block> {
    body.blocks().filter(move |block| block.identifier() == name)
}

fn label(block: &hcl::Block) -> String {
    block
        .labels()
        .first()
        .map(|label| label.as_str().to_owned())
        .unwrap_or_default()
}

fn string(value: &Value, what: &str) -> String {
    value
        .as_str()
        .unwrap_or_else(|| panic!("{what} is not a string: {value:?}"))
        .to_owned()
}

fn object(value: Value, what: &str) -> Map<String, Value> {
    match value {
        Value::Object(map) => map,
        other => panic!("{what} is not an object: {other:?}"),
    }
}

// ---- Rendering a unit ----

/// One configuration file of a unit (the unit's own, or an include), evaluated.
struct Config {
    path: PathBuf,
    body: Body,
    /// Its variables: `local` (its own locals), and for the unit `include` and `dependency`.
    vars: Map<String, Value>,
}

/// A unit as Terragrunt leaves it in its cache before running Terraform.
struct Rendered {
    unit: PathBuf,
    module: PathBuf,
    source: String,
    /// Generated files by name: provider.tf, versions_override.tf, backend.tf.
    files: BTreeMap<String, String>,
    inputs: Map<String, Value>,
    backend: Map<String, Value>,
    /// The units this one depends on, by dependency name.
    dependencies: BTreeMap<String, PathBuf>,
}

fn render(unit: &Path) -> Rendered {
    let unit_file = unit.join("terragrunt.hcl");
    let body = parse(&unit_file);
    UNIT.with(|u| *u.borrow_mut() = (unit.to_owned(), PathBuf::new()));

    // Includes: root.hcl by name (not the deprecated argument-less find_in_parent_folders()),
    // and the component's envcommon file, exposed.
    let mut includes = Vec::new();
    let mut exposed = Map::new();
    for block in blocks(&body, "include") {
        let name = label(&block.clone());
        let path_expr = attribute(block.body(), "path").expect("an include has a path");
        let path = PathBuf::from(string(
            &evaluate(
                path_expr,
                &Map::new(),
                &format!("{}: include {name}", unit.display()),
            ),
            "include path",
        ));
        if name == "root" {
            assert_eq!(
                path.file_name().and_then(|n| n.to_str()),
                Some("root.hcl"),
                "{}: the root include is root.hcl",
                unit.display()
            );
            UNIT.with(|u| u.borrow_mut().1 = path.parent().expect("root dir").to_owned());
        }
        let included = parse(&path);
        let locals = evaluate_locals(&included, &Map::new());
        let expose =
            attribute(block.body(), "expose").is_some_and(|e| matches!(e, hcl::Expression::Bool(true)));
        if expose {
            let mut config = Map::new();
            config.insert("locals".to_owned(), Value::Object(locals.clone()));
            exposed.insert(name.clone(), Value::Object(config));
        }
        let mut vars = Map::new();
        vars.insert("local".to_owned(), Value::Object(locals));
        includes.push((
            name,
            Config {
                path,
                body: included,
                vars,
            },
        ));
    }
    let names: Vec<&str> = includes.iter().map(|(name, _)| name.as_str()).collect();
    assert_eq!(names, ["root", "envcommon"], "{}: the includes", unit.display());
    let mut own_vars = Map::new();
    own_vars.insert("include".to_owned(), Value::Object(exposed));
    let own_locals = evaluate_locals(&body, &own_vars);
    own_vars.insert("local".to_owned(), Value::Object(own_locals));
    let mut configs: Vec<Config> = includes.into_iter().map(|(_, config)| config).collect();
    configs.push(Config {
        path: unit_file,
        body,
        vars: own_vars,
    });

    // Dependencies (wherever declared) with their mock outputs: validate and plan must run
    // before the master exists.
    let mut dependency = Map::new();
    let mut dependencies = BTreeMap::new();
    for config in &configs {
        for block in blocks(&config.body, "dependency") {
            let name = label(block);
            let what = format!("{}: dependency {name}", config.path.display());
            let config_path = attribute(block.body(), "config_path").expect("config_path");
            let path = PathBuf::from(string(&evaluate(config_path, &config.vars, &what), &what));
            assert!(
                path.join("terragrunt.hcl").is_file(),
                "{what}: {} is no unit",
                path.display()
            );
            let allowed = evaluate(
                attribute(block.body(), "mock_outputs_allowed_terraform_commands").expect("mock commands"),
                &config.vars,
                &what,
            );
            for command in ["validate", "plan"] {
                assert!(
                    allowed
                        .as_array()
                        .is_some_and(|a| a.contains(&Value::from(command))),
                    "{what}: mocks allowed for {command}"
                );
            }
            let mock = evaluate(
                attribute(block.body(), "mock_outputs").expect("mock_outputs"),
                &config.vars,
                &what,
            );
            let mut outputs = Map::new();
            outputs.insert("outputs".to_owned(), mock);
            dependency.insert(name.clone(), Value::Object(outputs));
            dependencies.insert(name, path);
        }
    }
    for config in &mut configs {
        config
            .vars
            .insert("dependency".to_owned(), Value::Object(dependency.clone()));
    }

    // The module: the last `terraform { source }`, a versioned git source of awsmon's modules.
    let source = configs
        .iter()
        .filter_map(|config| {
            blocks(&config.body, "terraform")
                .filter_map(|block| attribute(block.body(), "source"))
                .map(|expr| string(&evaluate(expr, &config.vars, "source"), "source"))
                .last()
        })
        .next_back()
        .unwrap_or_else(|| panic!("{}: no terraform source", unit.display()));
    let module = module_of(&source, unit);

    // Inputs: each configuration's, merged key by key, the unit's last (Terragrunt's shallow merge).
    let mut inputs = Map::new();
    for config in &configs {
        if let Some(expr) = attribute(&config.body, "inputs") {
            let what = format!("{}: inputs", config.path.display());
            inputs.extend(object(evaluate(expr, &config.vars, &what), &what));
        }
    }

    // Generated files and the backend, from the root.
    let root = &configs[0];
    let mut files = BTreeMap::new();
    for block in blocks(&root.body, "generate") {
        let what = format!("generate {}", label(block));
        let path = string(
            &evaluate(attribute(block.body(), "path").expect("path"), &root.vars, &what),
            &what,
        );
        let contents = string(
            &evaluate(
                attribute(block.body(), "contents").expect("contents"),
                &root.vars,
                &what,
            ),
            &what,
        );
        files.insert(path, contents);
    }
    let remote_state = blocks(&root.body, "remote_state").next().expect("remote_state");
    let what = "remote_state";
    let backend_type = string(
        &evaluate(
            attribute(remote_state.body(), "backend").expect("backend"),
            &root.vars,
            what,
        ),
        what,
    );
    let backend = object(
        evaluate(
            attribute(remote_state.body(), "config").expect("config"),
            &root.vars,
            what,
        ),
        what,
    );
    let generate = object(
        evaluate(
            attribute(remote_state.body(), "generate").expect("generate"),
            &root.vars,
            what,
        ),
        what,
    );
    files.insert(
        string(&generate["path"], "remote_state generate path"),
        format!(
            "terraform {{\n  backend {} {{\n{}  }}\n}}\n",
            hcl_value(&Value::from(backend_type)),
            backend
                .iter()
                .map(|(key, value)| format!("    {key} = {}\n", hcl_value(value)))
                .collect::<String>()
        ),
    );
    Rendered {
        unit: unit.to_owned(),
        module,
        source,
        files,
        inputs,
        backend,
        dependencies,
    }
}

/// A value as HCL: strings quoted (JSON escapes are HCL's), objects as `{ k = v }`.
fn hcl_value(value: &Value) -> String {
    match value {
        Value::Object(map) => format!(
            "{{ {} }}",
            map.iter()
                .map(|(k, v)| format!("{k} = {}", hcl_value(v)))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        other => serde_json::to_string(other).expect("json"),
    }
}

/// `git::https://<host>/<repo>.git//modules/<name>?ref=v<semver>`: the workspace's module.
fn module_of(source: &str, unit: &Path) -> PathBuf {
    let rest = source
        .strip_prefix("git::https://")
        .unwrap_or_else(|| panic!("{}: a git source over https, got {source}", unit.display()));
    let (repository, rest) = rest
        .split_once(".git//")
        .unwrap_or_else(|| panic!("{}: <repo>.git//<dir>, got {source}", unit.display()));
    let (dir, reference) = rest
        .split_once("?ref=")
        .unwrap_or_else(|| panic!("{}: a versioned source (?ref=), got {source}", unit.display()));
    assert!(
        repository.ends_with("/awsmon"),
        "{}: awsmon's repository, got {source}",
        unit.display()
    );
    let version: Vec<&str> = reference
        .strip_prefix('v')
        .unwrap_or_default()
        .split('.')
        .collect();
    assert!(
        version.len() == 3 && version.iter().all(|part| part.parse::<u32>().is_ok()),
        "{}: a release tag vX.Y.Z, got {reference}",
        unit.display()
    );
    let module = workspace_root().join(dir);
    assert!(
        module.join("main.tf").is_file(),
        "{}: {dir} is no module",
        unit.display()
    );
    module
}

/// The variables a module declares, and whether each is required (no default).
fn variables(module: &Path) -> BTreeMap<String, bool> {
    let mut found = BTreeMap::new();
    for entry in std::fs::read_dir(module).expect("module dir") {
        let path = entry.expect("entry").path();
        if path.extension().is_none_or(|ext| ext != "tf") {
            continue;
        }
        for block in blocks(&parse(&path), "variable") {
            found.insert(label(block), attribute(block.body(), "default").is_none());
        }
    }
    found
}

/// The rendered unit in a directory: the module's files, the generated ones, the inputs.
fn write(rendered: &Rendered, dir: &Path) {
    for entry in std::fs::read_dir(&rendered.module).expect("module dir") {
        let path = entry.expect("entry").path();
        if path.is_file() && path.file_name().is_some_and(|n| n != "README.md") {
            std::fs::copy(&path, dir.join(path.file_name().expect("name"))).expect("copy module");
        }
    }
    for (name, contents) in &rendered.files {
        std::fs::write(dir.join(name), contents).expect("generate");
    }
    let inputs = serde_json::to_string_pretty(&rendered.inputs).expect("inputs");
    std::fs::write(dir.join("terraform.tfvars.json"), inputs).expect("tfvars");
}

// ---- The live repository, grown to 40 agents ----

/// Every directory under `dir` holding a `terragrunt.hcl`.
fn units(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("read dir") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            if path.join("terragrunt.hcl").is_file() {
                out.push(path.clone());
            }
            units(&path, out);
        }
    }
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("mkdir");
    for entry in std::fs::read_dir(from).expect("read dir") {
        let path = entry.expect("entry").path();
        let target = to.join(path.file_name().expect("name"));
        if path.is_dir() {
            copy_dir(&path, &target);
        } else {
            std::fs::copy(&path, &target).expect("copy");
        }
    }
}

/// The generated accounts: (name, id, regions). Invented, as their names say.
fn generated_accounts() -> Vec<(String, String, Vec<&'static str>)> {
    (1..=33)
        .map(|n| {
            let regions = if n <= 5 {
                vec!["eu-west-1", "us-east-1"]
            } else {
                vec!["eu-west-1"]
            };
            (format!("example-{n:02}"), format!("4000000000{n:02}"), regions)
        })
        .collect()
}

/// A copy of the live repository with the generated accounts added as a user adds one: an
/// `account.hcl`, a `region.hcl` per region, and a unit copied from an existing agent unit.
fn grown_repository() -> tempfile::TempDir {
    let dir = tempfile::Builder::new()
        .prefix("tg-live-")
        .tempdir()
        .expect("temp dir");
    copy_dir(&live(), dir.path());
    let template = read(&live().join("prod/payments/eu-west-1/awsmon-agent/terragrunt.hcl"));
    for (name, id, regions) in generated_accounts() {
        let account = dir.path().join("prod").join(&name);
        std::fs::create_dir_all(&account).expect("account dir");
        std::fs::write(
            account.join("account.hcl"),
            format!("locals {{\n  account_name = \"{name}\"\n  account_id   = \"{id}\"\n}}\n"),
        )
        .expect("account.hcl");
        for region in regions {
            let unit = account.join(region).join("awsmon-agent");
            std::fs::create_dir_all(&unit).expect("unit dir");
            std::fs::write(
                account.join(region).join("region.hcl"),
                format!("locals {{\n  aws_region = \"{region}\"\n}}\n"),
            )
            .expect("region.hcl");
            std::fs::write(unit.join("terragrunt.hcl"), &template).expect("unit");
        }
    }
    dir
}

/// `terraform <args>` with the newer Terraform, the workspace's CLI configuration (the
/// hashicorp/aws mirror and the awsmon build) and that binary's plugin cache.
fn terraform(binary: &Path, dir: &Path, args: &[&str]) -> String {
    let cache = workspace_root()
        .join(".tools")
        .join(format!("terraform-plugin-cache-{}", binary.display()).replace('/', "_"));
    std::fs::create_dir_all(&cache).expect("plugin cache");
    let _one_init_at_a_time = (args.first() == Some(&"init")).then(|| lock_plugin_cache(&cache));
    let output = Command::new(binary)
        .args(args)
        .current_dir(dir)
        .env("TF_CLI_CONFIG_FILE", terraform_cli_config())
        .env("TF_PLUGIN_CACHE_DIR", cache)
        // As in awsmon_tests::Terraform: no in-place rewrite of the cached provider.
        .env("TF_PLUGIN_CACHE_MAY_BREAK_DEPENDENCY_LOCK_FILE", "true")
        .env("TF_IN_AUTOMATION", "1")
        .env("TF_INPUT", "0")
        .env("CHECKPOINT_DISABLE", "1")
        .env_remove("TF_LOG")
        .output()
        .expect("run terraform");
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    assert!(
        output.status.success(),
        "{}: terraform {} failed:\n{stdout}\n{}",
        dir.display(),
        args.join(" "),
        String::from_utf8_lossy(&output.stderr)
    );
    stdout
}

fn relative(unit: &Path, root: &Path) -> String {
    unit.strip_prefix(root)
        .expect("under the root")
        .display()
        .to_string()
}

#[test]
fn forty_agent_units_and_the_master_render_into_valid_terraform() {
    let newer = newer_terraform_on_path().expect(
        "the live repository requires Terraform >= 1.11 (the S3 backend's use_lockfile): put one on PATH",
    );
    let repository = grown_repository();
    let root = repository.path();
    let mut found = Vec::new();
    units(root, &mut found);
    found.sort();
    let agents: Vec<&PathBuf> = found.iter().filter(|u| u.ends_with("awsmon-agent")).collect();
    let masters: Vec<&PathBuf> = found.iter().filter(|u| u.ends_with("awsmon-master")).collect();
    assert_eq!(agents.len(), 40, "agent units");
    assert_eq!(masters.len(), 1, "master units");
    assert_eq!(found.len(), 41, "no other units: {found:?}");

    let root_hcl = read(&root.join("root.hcl"));
    assert!(
        root_hcl.contains("terraform_version_constraint"),
        "root.hcl constrains Terraform"
    );
    assert!(
        root_hcl.contains("terragrunt_version_constraint"),
        "root.hcl constrains Terragrunt"
    );

    let rendered: Vec<Rendered> = found.iter().map(|unit| render(unit)).collect();
    let mut state_keys = BTreeSet::new();
    let mut accounts: BTreeMap<String, String> = BTreeMap::new();
    for unit in &rendered {
        let name = relative(&unit.unit, root);
        let account = read_terragrunt_config_of(&unit.unit, "account.hcl");
        let region = read_terragrunt_config_of(&unit.unit, "region.hcl");
        let (id, region) = (
            string(&account["account_id"], "account_id"),
            string(&region["aws_region"], "aws_region"),
        );
        accounts.insert(id.clone(), string(&account["account_name"], "account_name"));

        // Providers: both in the unit's own account and region, and both refuse any other account.
        let provider = &unit.files["provider.tf"];
        let providers: Vec<hcl::Block> = hcl::parse(provider).expect("provider.tf").into_blocks().collect();
        assert_eq!(providers.len(), 2, "{name}: aws and awsmon");
        for block in &providers {
            let body = block.body();
            let kind = label(block);
            assert_eq!(
                attribute(body, "region"),
                Some(&hcl::Expression::from(region.clone())),
                "{name}: {kind} region"
            );
            let role = blocks(body, "assume_role")
                .next()
                .and_then(|b| attribute(b.body(), "role_arn"))
                .unwrap_or_else(|| panic!("{name}: {kind} assumes a role"));
            assert_eq!(
                role,
                &hcl::Expression::from(format!("arn:aws:iam::{id}:role/awsmon-deployer")),
                "{name}: {kind} enters the unit's own account"
            );
            assert_eq!(
                attribute(body, "allowed_account_ids"),
                Some(&hcl::Expression::Array(vec![hcl::Expression::from(id.clone())])),
                "{name}: {kind} allows only the unit's account"
            );
        }
        assert!(
            unit.files["versions_override.tf"].contains("required_version = \">= 1.11\""),
            "{name}: versions"
        );

        // State: one key per unit, S3's lock file, the state role in the state account.
        assert_eq!(
            unit.backend["key"],
            Value::from(format!("{name}/terraform.tfstate")),
            "{name}: key"
        );
        assert_eq!(
            unit.backend["use_lockfile"],
            Value::Bool(true),
            "{name}: use_lockfile"
        );
        for deprecated in ["dynamodb_table", "role_arn"] {
            assert!(
                !unit.backend.contains_key(deprecated),
                "{name}: backend {deprecated} is deprecated"
            );
        }
        assert_eq!(
            unit.backend["assume_role"]
                .as_object()
                .map(|o| o["role_arn"].clone()),
            Some(Value::from("arn:aws:iam::111111111111:role/awsmon-state")),
            "{name}: the state role"
        );
        assert!(
            state_keys.insert(string(&unit.backend["key"], "key")),
            "{name}: a state key of its own"
        );

        // Inputs: variables of the module, the required ones given, tags from env.hcl.
        let declared = variables(&unit.module);
        for input in unit.inputs.keys() {
            assert!(
                declared.contains_key(input),
                "{name}: input {input} is no variable of {}",
                unit.module.display()
            );
        }
        for (variable, required) in &declared {
            assert!(
                !required || unit.inputs.contains_key(variable),
                "{name}: required {variable} is not given"
            );
        }
        let tags = unit.inputs["tags"].as_object().expect("tags");
        assert_eq!(
            tags["managed-by"],
            Value::from("terragrunt"),
            "{name}: the environment's tags"
        );
        assert_eq!(
            tags["account"],
            Value::from(accounts[&id].clone()),
            "{name}: the account's name"
        );
        assert!(
            unit.source.ends_with("?ref=v0.1.0"),
            "{name}: the environment's version"
        );
    }

    // Agents publish to the master unit's bus (mocked until it exists).
    let master = rendered
        .iter()
        .find(|u| u.unit.ends_with("awsmon-master"))
        .expect("master");
    for agent in rendered.iter().filter(|u| u.unit.ends_with("awsmon-agent")) {
        let name = relative(&agent.unit, root);
        assert_eq!(
            agent.dependencies.get("master"),
            Some(&master.unit),
            "{name}: depends on the master unit"
        );
        assert_eq!(
            agent.inputs["master_bus_arn"],
            Value::from("arn:aws:events:eu-west-1:111111111111:event-bus/awsmon"),
            "{name}: the master's bus"
        );
        assert!(
            agent.module.ends_with("modules/agent"),
            "{name}: the agent module"
        );
    }
    // A unit's own inputs win over the envcommon defaults.
    let orders = rendered
        .iter()
        .find(|u| u.unit.ends_with("orders/eu-west-1/awsmon-agent"))
        .expect("orders");
    assert_eq!(orders.inputs["forward_ecs_task_failures"], Value::Bool(false));
    assert_eq!(orders.inputs["discovery_tag"], Value::from("awsmon=watch"));

    // Every account's name reaches the master, from its account.hcl alone.
    assert!(master.module.ends_with("modules/master"));
    let names: BTreeMap<String, String> = master.inputs["account_names"]
        .as_object()
        .expect("account_names")
        .iter()
        .map(|(id, name)| (id.clone(), string(name, "account name")))
        .collect();
    assert_eq!(names, accounts, "the master's account_names");
    assert_eq!(names.len(), 3 + 33, "the committed and the generated accounts");

    // Terraform validates each rendered unit; `init` once per module (the providers and
    // modules are the same for every unit of a module), shared by the others.
    let work = tempfile::Builder::new()
        .prefix("tg-units-")
        .tempdir()
        .expect("temp dir");
    let mut initialised: BTreeMap<PathBuf, PathBuf> = BTreeMap::new();
    for (index, unit) in rendered.iter().enumerate() {
        let dir = work.path().join(format!("unit-{index:02}"));
        std::fs::create_dir_all(&dir).expect("unit dir");
        write(unit, &dir);
        match initialised.get(&unit.module) {
            Some(first) => {
                std::os::unix::fs::symlink(first.join(".terraform"), dir.join(".terraform"))
                    .expect("link .terraform");
                std::fs::copy(first.join(".terraform.lock.hcl"), dir.join(".terraform.lock.hcl"))
                    .expect("lock file");
            }
            None => {
                terraform(&newer, &dir, &["init", "-backend=false", "-no-color"]);
                initialised.insert(unit.module.clone(), dir.clone());
            }
        }
        let validated = terraform(&newer, &dir, &["validate", "-no-color"]);
        assert!(
            validated.contains("The configuration is valid"),
            "{}: {validated}",
            relative(&unit.unit, root)
        );
    }
}

/// The locals of the nearest `file` above a unit.
fn read_terragrunt_config_of(unit: &Path, file: &str) -> Map<String, Value> {
    let path = unit
        .ancestors()
        .skip(1)
        .map(|dir| dir.join(file))
        .find(|candidate| candidate.is_file())
        .unwrap_or_else(|| panic!("no {file} above {}", unit.display()));
    evaluate_locals(&parse(&path), &Map::new())
}

#[test]
fn the_terragrunt_functions_evaluate_as_terragrunt_does() {
    let dir = tempfile::tempdir().expect("temp dir");
    let unit = dir.path().join("prod/acct/eu-west-1/awsmon-agent");
    std::fs::create_dir_all(&unit).expect("unit");
    std::fs::write(dir.path().join("root.hcl"), "").expect("root");
    std::fs::write(dir.path().join("prod/env.hcl"), "locals {\n  a = \"x\"\n}\n").expect("env");
    std::fs::write(
        dir.path().join("prod/acct/account.hcl"),
        "locals {\n  b = local.c\n  c = \"y\"\n}\n",
    )
    .expect("account");
    UNIT.with(|u| *u.borrow_mut() = (unit.clone(), dir.path().to_owned()));
    let body = hcl::parse(
        r#"
locals {
  env      = read_terragrunt_config(find_in_parent_folders("env.hcl")).locals
  env_dir  = dirname(find_in_parent_folders("env.hcl"))
  accounts = [for f in fileset(local.env_dir, "*/account.hcl") : read_terragrunt_config("${local.env_dir}/${f}").locals]
  key      = "${path_relative_to_include()}/terraform.tfstate"
  merged   = merge({ a = 1, b = 2 }, { b = 3 })
}
"#,
    )
    .expect("parse");
    let locals = evaluate_locals(&body, &Map::new());
    assert_eq!(
        locals["env"].as_object().map(|o| o["a"].clone()),
        Some(Value::from("x"))
    );
    assert_eq!(
        locals["env_dir"],
        Value::from(dir.path().join("prod").display().to_string())
    );
    assert_eq!(
        locals["accounts"],
        Value::Array(vec![Value::Object(Map::from_iter([
            ("b".to_owned(), Value::from("y")),
            ("c".to_owned(), Value::from("y")),
        ]))])
    );
    assert_eq!(
        locals["key"],
        Value::from("prod/acct/eu-west-1/awsmon-agent/terraform.tfstate")
    );
    assert_eq!(
        locals["merged"],
        Value::Object(Map::from_iter([
            ("a".to_owned(), Value::from(1)),
            ("b".to_owned(), Value::from(3)),
        ]))
    );
}
