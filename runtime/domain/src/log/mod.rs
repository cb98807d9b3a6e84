//! Understanding one CloudWatch log event: is it an error, and which problem is it.

pub mod template;
pub mod template_v1;
