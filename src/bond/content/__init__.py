"""Built-in and clinic content: loading and validation (no Qt)."""
