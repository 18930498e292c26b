"""The resident's phone page under /public/ (the online channel): static HTML, CSS and JS
that call the public JSON endpoints. Works without any CDN."""
