"""Generated from ui/*.ui by packaging/tools/build_qt.py; do not edit by hand."""
