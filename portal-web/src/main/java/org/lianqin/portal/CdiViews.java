package org.lianqin.portal;

import com.vaadin.flow.di.DefaultInstantiator;
import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.di.InstantiatorFactory;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.VaadinService;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.CDI;

/**
 * Lets CDI create this WAR's views and components, so that they can {@code @Inject} core's services.
 *
 * <p>Takes the place of vaadin-cdi: Payara deploys an EAR that has an EJB module (core) as one CDI
 * deployment, and vaadin-cdi in two WARs of it reaches from one WAR into the other (its automatic
 * servlet registration and static BeanManager holder break deployment). Vaadin finds this factory
 * among the WAR's classes; {@link CDI#current()} resolves to this WAR's bean manager.
 */
public class CdiViews implements InstantiatorFactory {

    @Override
    public Instantiator createInstantitor(VaadinService service) {
        I18NProvider texts = new PortalI18N();
        return new DefaultInstantiator(service) {
            @Override
            public <T> T getOrCreate(Class<T> type) {
                Instance<T> bean = CDI.current().select(type);
                return bean.isResolvable() ? bean.get() : super.getOrCreate(type);
            }

            @Override
            public I18NProvider getI18NProvider() {
                return texts;
            }
        };
    }
}
