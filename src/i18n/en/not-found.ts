/** English UI strings: notFound. */
export const notFound = {
  title: 'Page not found',
  description: 'This page does not exist.',
  heading: 'This page does not exist',
  text: 'The link may be old or mistyped.',
  home: 'Go to the home page',
} as const;
