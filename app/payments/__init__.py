"""Payments to and from the cash office: payment plans, payment orders with two signatures, export batches,
booking, clawback claims, repayments and interest."""
