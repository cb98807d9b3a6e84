//! Reading four functions back into one set of attributes: which function speaks for the
//! shared settings, and when a size is shared or overridden.

use std::collections::BTreeMap;

use tf_provider::value::{Value, ValueNumber};

use crate::aws::DeployedFunction;
use crate::values::{number, strings, text};

use super::*;

/// Of the functions found, the one whose configuration differs from `expected` (so that a
/// change to any of them shows in the plan), else the first.
pub(super) fn representative<'d>(
    found: &'d [(MasterFunction, DeployedFunction)],
    expected: &BTreeMap<String, String>,
    prior: &MasterState<'_>,
) -> Option<&'d DeployedFunction> {
    let differs = |f: &MasterFunction, d: &DeployedFunction| {
        &d.environment != expected
            || memory_of(prior, f) != i64::from(d.memory_size)
            || timeout_of(prior, f) != i64::from(d.timeout)
            || strings(&prior.layers) != d.layers
    };
    found
        .iter()
        .find(|(f, d)| differs(f, d))
        .or_else(|| found.first())
        .map(|(_, d)| d)
}

/// One setting read back from the functions that share it: a value that differs from
/// `expected` (so that a change to any of them shows in the plan), else the common one. Without
/// an expectation (after an import), the value most of them have.
pub(super) fn shared_setting(values: &[i64], expected: Option<i64>) -> Option<i64> {
    match expected {
        Some(expected) => values
            .iter()
            .copied()
            .find(|v| *v != expected)
            .or_else(|| values.first().copied()),
        None => values
            .iter()
            .copied()
            .max_by_key(|v| (values.iter().filter(|other| *other == v).count(), -*v)),
    }
}

/// The deployed `value` of each function whose override does not `pick` that setting.
pub(super) fn not_overridden(
    state: &MasterState<'_>,
    found: &[(MasterFunction, DeployedFunction)],
    pick: fn(&FunctionOverrideBlock<'_>) -> Option<i64>,
    value: fn(&DeployedFunction) -> i64,
) -> Vec<i64> {
    found
        .iter()
        .filter(|(f, _)| override_of(state, f).and_then(pick).is_none())
        .map(|(_, d)| value(d))
        .collect()
}

/// Memory and timeout read back: the shared settings from the functions without an override,
/// each override from its function. After an import (no shared setting yet), a function that
/// differs from the others gets an override block.
pub(super) fn read_back_sizes(state: &mut MasterState<'_>, found: &[(MasterFunction, DeployedFunction)]) {
    let importing = state.memory_size.is_null() && state.timeout.is_null();
    let memory = |d: &DeployedFunction| i64::from(d.memory_size);
    let timeout = |d: &DeployedFunction| i64::from(d.timeout);
    let shared_memory = shared_setting(
        &not_overridden(state, found, |b| number(&b.memory_size), memory),
        number(&state.memory_size),
    );
    let shared_timeout = shared_setting(
        &not_overridden(state, found, |b| number(&b.timeout), timeout),
        number(&state.timeout),
    );
    if let Some(v) = shared_memory {
        state.memory_size = Value::Value(v);
    }
    if let Some(v) = shared_timeout {
        state.timeout = Value::Value(v);
    }
    // An override keeps what it configures; an omitted one shows a function that left the
    // shared setting.
    let back = |configured: &ValueNumber, deployed: i64, shared: Option<i64>| {
        if configured.is_null() && Some(deployed) == shared {
            Value::Null
        } else {
            Value::Value(deployed)
        }
    };
    let mut blocks: Vec<Value<FunctionOverrideBlock<'_>>> = Vec::new();
    for block in state.function_override.as_ref_option().into_iter().flatten() {
        let mut block = block.clone();
        if let Value::Value(b) = &mut block
            && let Some((_, d)) = found.iter().find(|(f, _)| text(&b.function) == Some(f.suffix()))
        {
            b.memory_size = back(&b.memory_size, memory(d), shared_memory);
            b.timeout = back(&b.timeout, timeout(d), shared_timeout);
        }
        blocks.push(block);
    }
    if importing {
        for (function, d) in found {
            if Some(memory(d)) != shared_memory || Some(timeout(d)) != shared_timeout {
                blocks.push(Value::Value(FunctionOverrideBlock {
                    function: Value::Value(function.suffix().into()),
                    memory_size: back(&Value::Null, memory(d), shared_memory),
                    timeout: back(&Value::Null, timeout(d), shared_timeout),
                }));
            }
        }
    }
    state.function_override = Value::Value(blocks);
}
