//! Logs Insights and the log group catalogue through CloudWatch Logs.

use aws_sdk_cloudwatchlogs::Client;
use aws_sdk_cloudwatchlogs::types::QueryStatus as AwsStatus;

use crate::error::AwsError;
use crate::ports::{LogGroupCatalog, LogsInsights, QueryRequest, QueryStatus};

#[derive(Debug, Clone)]
pub struct CloudWatchLogs {
    client: Client,
}

impl CloudWatchLogs {
    pub fn new(client: Client) -> Self {
        Self { client }
    }
}

impl LogsInsights for CloudWatchLogs {
    async fn start_query(&self, request: &QueryRequest) -> Result<String, AwsError> {
        let output = self
            .client
            .start_query()
            .set_log_group_names(Some(request.log_groups.clone()))
            .start_time(request.start_secs)
            .end_time(request.end_secs)
            .query_string(&request.query)
            .send()
            .await
            .map_err(|e| AwsError::from_sdk("StartQuery", e))?;
        output.query_id.ok_or_else(|| AwsError::Service {
            operation: "StartQuery",
            code: "MissingQueryId".into(),
            message: "StartQuery answered without a queryId".into(),
        })
    }

    async fn query_status(&self, query_id: &str) -> Result<QueryStatus, AwsError> {
        let output = self
            .client
            .get_query_results()
            .query_id(query_id)
            .send()
            .await
            .map_err(|e| AwsError::from_sdk("GetQueryResults", e))?;
        Ok(match output.status {
            Some(AwsStatus::Complete) => QueryStatus::Complete(
                output
                    .results
                    .unwrap_or_default()
                    .into_iter()
                    .map(|fields| {
                        fields
                            .into_iter()
                            .filter_map(|f| Some((f.field?, f.value.unwrap_or_default())))
                            .collect()
                    })
                    .collect(),
            ),
            Some(AwsStatus::Running | AwsStatus::Scheduled) | None => QueryStatus::Running,
            Some(other) => QueryStatus::Ended(other.as_str().to_owned()),
        })
    }

    async fn stop_query(&self, query_id: &str) -> Result<(), AwsError> {
        self.client
            .stop_query()
            .query_id(query_id)
            .send()
            .await
            .map_err(|e| AwsError::from_sdk("StopQuery", e))?;
        Ok(())
    }
}

impl LogGroupCatalog for CloudWatchLogs {
    async fn groups_with_prefix(&self, prefix: &str) -> Result<Vec<String>, AwsError> {
        let mut groups = Vec::new();
        let mut token = None;
        loop {
            let output = self
                .client
                .describe_log_groups()
                .log_group_name_prefix(prefix)
                .set_next_token(token)
                .send()
                .await
                .map_err(|e| AwsError::from_sdk("DescribeLogGroups", e))?;
            groups.extend(
                output
                    .log_groups
                    .unwrap_or_default()
                    .into_iter()
                    .filter_map(|g| g.log_group_name),
            );
            token = output.next_token;
            if token.is_none() {
                return Ok(groups);
            }
        }
    }
}
