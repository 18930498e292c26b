"""HTTP plumbing shared by every route: body limits, header deadlines, the in-flight cap,
security headers and cross-site refusal, request metrics."""
