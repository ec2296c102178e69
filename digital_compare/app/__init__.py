"""The dashboard: pages' UI helpers, views, pure chart builders, i18n. Only ui*.py import Streamlit."""
