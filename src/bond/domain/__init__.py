"""Plain dataclasses and enums shared by every layer: no I/O, no Qt."""
