"""Remote mediation (issue 18): the agreement each party signs (this team's part)."""
