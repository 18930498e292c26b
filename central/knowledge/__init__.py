"""Knowledge articles (with the changes kiosks sync) and versioned document templates.
No HTTP here."""
