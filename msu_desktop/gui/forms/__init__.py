"""Generated from ui/*.ui by tools/build.py; do not edit."""
