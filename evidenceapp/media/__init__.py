"""Understanding the files a buyer brings: type sniffing, metadata (in a subprocess), thumbnails, share copies."""
