//! The awsmon master (issue 3): built by its own helper session.
