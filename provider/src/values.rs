//! Reading and writing tf-provider values and declaring attributes: what both resources need
//! to turn their configuration into plain Rust values and back.

use std::collections::BTreeMap;

use tf_provider::schema::{Attribute, AttributeConstraint, AttributeType, Description};
use tf_provider::value::{Value, ValueList, ValueMap, ValueNumber, ValueString};

pub fn attribute(kind: AttributeType, constraint: AttributeConstraint, description: &str) -> Attribute {
    Attribute {
        attr_type: kind,
        description: Description::plain(description),
        constraint,
        ..Default::default()
    }
}

pub fn number(value: &ValueNumber) -> Option<i64> {
    value.as_ref_option().copied()
}

pub fn text<'v>(value: &'v ValueString<'_>) -> Option<&'v str> {
    value.as_deref_option()
}

pub fn strings(list: &ValueList<ValueString<'_>>) -> Vec<String> {
    list.as_ref_option()
        .map(|items| {
            items
                .iter()
                .filter_map(|s| s.as_deref_option().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default()
}

pub fn string_list<'a>(items: Vec<String>) -> ValueList<ValueString<'a>> {
    Value::Value(items.into_iter().map(|item| Value::Value(item.into())).collect())
}

pub fn string_map(map: &ValueMap<'_, ValueString<'_>>) -> BTreeMap<String, String> {
    map.as_ref_option()
        .map(|entries| {
            entries
                .iter()
                .filter_map(|(k, v)| Some((k.to_string(), v.as_deref_option()?.to_owned())))
                .collect()
        })
        .unwrap_or_default()
}

pub fn value_map<'a>(map: BTreeMap<String, String>) -> ValueMap<'a, ValueString<'a>> {
    Value::Value(
        map.into_iter()
            .map(|(k, v)| (k.into(), Value::Value(v.into())))
            .collect(),
    )
}

/// An optional number whose default the provider fills in, described by its contract setting.
pub fn number_attribute(setting: &awsmon_contract::Number) -> Attribute {
    attribute(
        AttributeType::Number,
        AttributeConstraint::OptionalComputed,
        &setting.description(),
    )
}

/// A string attribute described by its contract setting, naming the variable it becomes.
pub fn text_attribute(setting: &awsmon_contract::Text, constraint: AttributeConstraint) -> Attribute {
    attribute(
        AttributeType::String,
        constraint,
        &format!("{} ({}).", setting.doc.trim_end_matches('.'), setting.env),
    )
}

/// A list attribute described by its contract setting.
pub fn list_attribute(setting: &awsmon_contract::List) -> Attribute {
    attribute(
        AttributeType::List(AttributeType::String.into()),
        AttributeConstraint::Optional,
        &format!("{} ({}).", setting.doc.trim_end_matches('.'), setting.env),
    )
}

/// A null number becomes its setting's default.
pub fn default_number(value: &mut ValueNumber, setting: &awsmon_contract::Number) {
    if value.is_null() {
        *value = Value::Value(setting.default);
    }
}
