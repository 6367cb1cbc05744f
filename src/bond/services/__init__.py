"""Use cases with no widgets: the GUI and the command line both call these."""
