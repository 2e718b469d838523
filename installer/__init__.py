"""What the installer bundles say about the app: names, identifiers, version resources."""
