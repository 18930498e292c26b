"""Who may do what: staff accounts and organisations, passwords, issued secrets and tokens,
login limits and which failed logins the journal keeps. No HTTP here."""
