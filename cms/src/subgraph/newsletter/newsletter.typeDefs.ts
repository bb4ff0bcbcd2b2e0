import { gql } from 'graphql-tag'

export const newsletterTypeDefs = gql`
  extend type Mutation {
    """
    Asks for the newsletter: a confirmation e-mail goes to the address (at most one per 10
    minutes), and only a confirmed address gets the newsletter. The answer is the same for a new,
    a pending and an already subscribed address.
    """
    subscribeToNewsletter(input: SubscribeToNewsletterInput!): SubscribeToNewsletterPayload!
    "Confirms a subscription with the token from the confirmation e-mail (valid 7 days)."
    confirmNewsletterSubscription(
      input: NewsletterTokenInput!
    ): ConfirmNewsletterSubscriptionPayload!
    "Ends a subscription with the token from any newsletter e-mail."
    unsubscribeFromNewsletter(input: NewsletterTokenInput!): UnsubscribeFromNewsletterPayload!
  }

  input SubscribeToNewsletterInput {
    "The address to send the newsletter to (at most 254 characters)."
    email: String!
    "Slugs of the life domains of interest; none or empty: everything."
    lifeDomains: [String!]
  }

  input NewsletterTokenInput {
    "The token from the e-mail's link."
    token: String!
  }

  type SubscribeToNewsletterPayload {
    "Always true: whether the address was new, pending or subscribed is not told."
    accepted: Boolean!
  }

  type ConfirmNewsletterSubscriptionPayload {
    confirmed: Boolean!
  }

  type UnsubscribeFromNewsletterPayload {
    unsubscribed: Boolean!
  }
`
