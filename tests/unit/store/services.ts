export { servicesIn } from '../../support/services';
