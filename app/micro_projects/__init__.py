"""Micro projects (Kleinprojekte): a programme variant with a ceiling, a short application, a simplified proof of
use, and batch work — one supervisor confirmation for a list of proposals, batch letters and batch payment orders,
four eyes kept throughout."""
