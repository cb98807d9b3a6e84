//! The awsmon agent (issue 4): built by its own helper session.
