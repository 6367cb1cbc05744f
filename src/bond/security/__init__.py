"""Key custody: where the vault key lives and how a passphrase unwraps it (no Qt)."""
