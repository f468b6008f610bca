export * from './channels'
