"""Video sources, burned-in overlay and the crash-safe H.264 encoder for the unboxing recorder. Qt-free."""
