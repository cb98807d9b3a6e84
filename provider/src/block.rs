//! (De)serialisation of an optional nested block (a list of at most one element in Terraform's
//! protocol) as one `Value`. Unlike tf-provider's `serde_as_vec`, an unknown list (as Terraform
//! sends while another value the block depends on is unknown) stays unknown instead of failing.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use tf_provider::value::Value;

pub fn serialize<T: Serialize, S: Serializer>(value: &Value<T>, serializer: S) -> Result<S::Ok, S::Error> {
    match value {
        Value::Unknown => Value::<Vec<&T>>::Unknown.serialize(serializer),
        // A block that is not written is an empty list, never null.
        Value::Null => Value::Value(Vec::<&T>::new()).serialize(serializer),
        Value::Value(block) => Value::Value(vec![block]).serialize(serializer),
    }
}

pub fn deserialize<'de, T: Deserialize<'de>, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<Value<T>, D::Error> {
    let list: Value<Vec<Value<T>>> = Deserialize::deserialize(deserializer)?;
    Ok(match list {
        Value::Unknown => Value::Unknown,
        Value::Null => Value::Null,
        Value::Value(items) => items.into_iter().next().unwrap_or(Value::Null),
    })
}
