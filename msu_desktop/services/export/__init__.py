"""Reports and registers as Excel and PDF files."""
