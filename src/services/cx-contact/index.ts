export * from './cx-contact-props';
export * from './cx-contact-provisioning';
export * from './cx-contact';
