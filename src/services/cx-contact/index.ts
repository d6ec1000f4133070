export * from './cx-contact-props';
export * from './cx-contact';
