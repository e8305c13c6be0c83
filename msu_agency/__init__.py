"""The agency's tools: collecting and consolidating municipality packages, demo packages."""
