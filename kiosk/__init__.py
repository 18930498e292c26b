"""The touchscreen shell (PySide6 Qt Widgets) and the `lexkiosk` command."""
