"""Demo content written for LexKiosk: knowledge articles and the five document templates."""
