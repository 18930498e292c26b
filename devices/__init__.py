"""The device layer: one port per family, real drivers and emulators behind it."""
