"""One module per screen; each holds its Designer form as ``self.ui``."""
