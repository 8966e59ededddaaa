"""Bytes in, text out: PDF, DOCX, HTML, plain text and URLs, with limits and clear errors."""
